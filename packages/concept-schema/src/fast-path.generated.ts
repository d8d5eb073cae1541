// Generated from the zod schema (schema.ts) by fast-path-source.ts: `npm run schema` writes it. Do not edit.
/* eslint-disable */
import { EMPTY, INVALID, UNORDERED, done, frozen, keyOrder, listOf, record } from "./fast-path.js";
import { isLanguageTag } from "./language.js";
import { isRealDate, isRealPartialDate, isSafeUrl } from "./checks.js";
import { AMPEL_SCALE } from "./defaults.js";

export { INVALID } from './fast-path.js';
/** The longest path (keys from the root) to any value the fast path accepts: deeper input is never valid. */
export const FAST_MAX_DEPTH = 10;

const K0 = ["$schema","formatVersion","id","title","version","language","summary","adopted","adoptedBy","municipality","meta","terms","statusScale","councilPapers","evaluations","guidelines","participation","integrationReports","fields","extra"];
const P1 = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/;
const P2 = /^[a-zA-Z]{2,3}(-[a-zA-Z0-9]{1,8})*$/;
const K3 = ["name","kind","ags","url"];
const P4 = /^\d{5}(\d{3})?$/;
const K5 = ["illustrative","note","source","exportedAt","generator"];
const K6 = ["actionField","crossCuttingField","goal","objective","measure","guideline","lead","partners"];
const K7 = ["singular","plural"];
const K8 = ["id","title","statuses","unrated"];
const K9 = ["id","label","description","color","icon","done"];
const P10 = /^#[0-9a-fA-F]{6}$/;
const D11 = frozen(AMPEL_SCALE);
const K12 = ["number","title","date","body","session","url","oparlPaper"];
const P13 = /^[A-Za-z0-9][A-Za-z0-9 ./_-]{0,63}$/;
const K14 = ["id","date","title","councilPaper"];
const K15 = ["id","title","text","field"];
const K16 = ["id","kind","title","date","dateTo","participants","field","statements","needs","councilPaper"];
const K17 = ["id","title","date","period","summary","councilPaper","url","measures"];
const K18 = ["start","end","text"];
const K19 = ["title","measure","field","lead","partners","assessment","nextSteps"];
const K20 = ["unit","contact","url"];
const K21 = ["id","kind","title","description","goal","objectives","extra"];
const K22 = ["title","description"];
const K23 = ["id","title","description","indicators","measures","extra"];
const K24 = ["id","title","unit","baseline","target","current","date","note"];
const K25 = ["id","title","description","status","history","lead","partners","targetGroups","timeframe","indicators","links","councilPapers","participation","addedLater","extra"];
const K26 = ["value","date","note","evaluation"];
const K27 = ["evaluation","status","note"];
const K28 = ["url","title"];

function v0(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || x.length > 2000; }
function v1(x: any, optional?: 1): boolean { return x === undefined ? !optional : (x !== 1); }
function v2(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || !P1.test(x); }
function v3(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || !P2.test(x) || isLanguageTag(x) !== true; }
function v4(x: any, optional?: 1): boolean { return record(x, optional, v3, v0); }
function v5(x: any, optional?: 1): boolean { if (x === undefined) return !optional; return v0(x) && v4(x); }
function v6(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || x.length > 32 || x.length < 1; }
function v7(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || x.length > 50000; }
function v8(x: any, optional?: 1): boolean { return record(x, optional, v3, v7); }
function v9(x: any, optional?: 1): boolean { if (x === undefined) return !optional; return v7(x) && v8(x); }
function v10(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || isRealDate(x) !== true; }
function v11(x: any, optional?: 1): boolean { return x === undefined ? !optional : (x !== "district" && x !== "city" && x !== "municipality" && x !== "state" && x !== "other"); }
function v12(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || !P4.test(x); }
function v13(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || x.length > 2000 || isSafeUrl(x) !== true; }
function v14(x: any): unknown { let last = keyOrder(x, K3), v: unknown, r: unknown; if (last < UNORDERED || v5(x.name) || v11(x.kind, 1) || v12(x.ags, 1) || v13(x.url, 1)) return INVALID; return done(x, last, K3); }
function v15(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'boolean'; }
function v16(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || x.length > 64; }
function v17(x: any): unknown { let last = keyOrder(x, K5), v: unknown, r: unknown; if (last < UNORDERED || v15(x.illustrative, 1) || v9(x.note, 1) || v5(x.source, 1) || v16(x.exportedAt, 1) || v5(x.generator, 1)) return INVALID; return done(x, last, K5); }
function v18(x: any): unknown { let last = keyOrder(x, K7), v: unknown, r: unknown; if (last < UNORDERED || v5(x.singular) || v5(x.plural)) return INVALID; return done(x, last, K7); }
function v19(x: any): unknown { let last = keyOrder(x, K6), v: unknown, r: unknown; if (last < UNORDERED) return INVALID; if ((v = x.actionField) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.actionField = r; if ((v = x.crossCuttingField) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.crossCuttingField = r; if ((v = x.goal) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.goal = r; if ((v = x.objective) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.objective = r; if ((v = x.measure) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.measure = r; if ((v = x.guideline) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.guideline = r; if ((v = x.lead) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.lead = r; if ((v = x.partners) === undefined) {} else if ((r = v18(v)) === INVALID) return INVALID; else if (r !== v) x.partners = r; return done(x, last, K6); }
function v20(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || !P10.test(x); }
function v21(x: any, optional?: 1): boolean { return x === undefined ? !optional : (x !== "check" && x !== "progress" && x !== "cross" && x !== "circle" && x !== "dash" && x !== "clock" && x !== "question" && x !== "pause"); }
function v22(x: any): unknown { let last = keyOrder(x, K9), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v5(x.label) || v9(x.description, 1) || v20(x.color, 1) || v21(x.icon, 1) || v15(x.done, 1)) return INVALID; return done(x, last, K9); }
function v23(x: any, optional?: 1): boolean { return listOf(x, optional, v22, 12, 2); }
function v24(x: any): unknown { let last = keyOrder(x, K8), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id, 1) || v5(x.title, 1) || v23(x.statuses) || v2(x.unrated, 1)) return INVALID; return done(x, last, K8); }
function v25(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || !P13.test(x); }
function v26(x: any, optional?: 1): boolean { return x === undefined ? !optional : (x !== "public" && x !== "nonPublic"); }
function v27(x: any): unknown { let last = keyOrder(x, K12), v: unknown, r: unknown; if (last < UNORDERED || v25(x.number) || v5(x.title, 1) || v10(x.date, 1) || v5(x.body, 1) || v26(x.session, 1) || v13(x.url, 1) || v13(x.oparlPaper, 1)) return INVALID; return done(x, last, K12); }
function v28(x: any, optional?: 1): boolean { return listOf(x, optional, v27, 100000); }
function v29(x: any): unknown { let last = keyOrder(x, K14), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v10(x.date) || v5(x.title, 1)) return INVALID; if ((v = x.councilPaper) === undefined) {} else if ((r = v27(v)) === INVALID) return INVALID; else if (r !== v) x.councilPaper = r; return done(x, last, K14); }
function v30(x: any, optional?: 1): boolean { return listOf(x, optional, v29, 100000); }
function v31(x: any): unknown { let last = keyOrder(x, K15), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v5(x.title, 1) || v9(x.text) || v2(x.field, 1)) return INVALID; return done(x, last, K15); }
function v32(x: any, optional?: 1): boolean { return listOf(x, optional, v31, 100000); }
function v33(x: any, optional?: 1): boolean { return x === undefined ? !optional : (x !== "conference" && x !== "workshop" && x !== "padlet" && x !== "survey" && x !== "hearing" && x !== "other"); }
function v34(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'number' || !Number.isFinite(x) || !Number.isSafeInteger(x) || !(x >= 0); }
function v35(x: any, optional?: 1): boolean { if (x === undefined) return !optional; if (!Array.isArray(x) || x.length > 100000) return true; for (let i = 0; i < x.length; i++) if (v9(x[i])) return true; Object.freeze(x); return false; }
function v36(x: any): unknown { let last = keyOrder(x, K16), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v33(x.kind) || v5(x.title) || v10(x.date, 1) || v10(x.dateTo, 1) || v34(x.participants, 1) || v2(x.field, 1)) return INVALID; if ((v = x.statements) === undefined) { x.statements = EMPTY; if (7 < last) last = UNORDERED; } else if (v35(v)) return INVALID; if ((v = x.needs) === undefined) { x.needs = EMPTY; if (8 < last) last = UNORDERED; } else if (v35(v)) return INVALID; if ((v = x.councilPaper) === undefined) {} else if ((r = v27(v)) === INVALID) return INVALID; else if (r !== v) x.councilPaper = r; return done(x, last, K16); }
function v37(x: any, optional?: 1): boolean { return listOf(x, optional, v36, 100000); }
function v38(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || isRealPartialDate(x) !== true; }
function v39(x: any): unknown { let last = keyOrder(x, K18), v: unknown, r: unknown; if (last < UNORDERED || v38(x.start, 1) || v38(x.end, 1) || v5(x.text, 1)) return INVALID; return done(x, last, K18); }
function v40(x: any): unknown { let last = keyOrder(x, K20), v: unknown, r: unknown; if (last < UNORDERED || v5(x.unit) || v5(x.contact, 1) || v13(x.url, 1)) return INVALID; return done(x, last, K20); }
function v41(x: any, optional?: 1): boolean { if (x === undefined) return !optional; if (!Array.isArray(x) || x.length > 100000) return true; for (let i = 0; i < x.length; i++) if (v5(x[i])) return true; Object.freeze(x); return false; }
function v42(x: any): unknown { let last = keyOrder(x, K19), v: unknown, r: unknown; if (last < UNORDERED || v5(x.title) || v2(x.measure, 1) || v2(x.field, 1)) return INVALID; if ((v = x.lead) === undefined) {} else if ((r = v40(v)) === INVALID) return INVALID; else if (r !== v) x.lead = r; if ((v = x.partners) === undefined) { x.partners = EMPTY; if (4 < last) last = UNORDERED; } else if (v41(v)) return INVALID; if (v9(x.assessment) || v9(x.nextSteps, 1)) return INVALID; return done(x, last, K19); }
function v43(x: any, optional?: 1): boolean { return listOf(x, optional, v42, 100000); }
function v44(x: any): unknown { let last = keyOrder(x, K17), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v5(x.title) || v10(x.date)) return INVALID; if ((v = x.period) === undefined) {} else if ((r = v39(v)) === INVALID) return INVALID; else if (r !== v) x.period = r; if (v9(x.summary, 1)) return INVALID; if ((v = x.councilPaper) === undefined) {} else if ((r = v27(v)) === INVALID) return INVALID; else if (r !== v) x.councilPaper = r; if (v13(x.url, 1)) return INVALID; if ((v = x.measures) === undefined) { x.measures = EMPTY; if (7 < last) last = UNORDERED; } else if (v43(v)) return INVALID; return done(x, last, K17); }
function v45(x: any, optional?: 1): boolean { return listOf(x, optional, v44, 100000); }
function v46(x: any, optional?: 1): boolean { return x === undefined ? !optional : (x !== "action" && x !== "crossCutting"); }
function v47(x: any): unknown { let last = keyOrder(x, K22), v: unknown, r: unknown; if (last < UNORDERED || v5(x.title) || v9(x.description, 1)) return INVALID; return done(x, last, K22); }
function v48(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'number' || !Number.isFinite(x); }
function v49(x: any): unknown { let last = keyOrder(x, K24), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id, 1) || v5(x.title) || v5(x.unit, 1) || v48(x.baseline, 1) || v48(x.target, 1) || v48(x.current, 1) || v10(x.date, 1) || v9(x.note, 1)) return INVALID; return done(x, last, K24); }
function v50(x: any, optional?: 1): boolean { return listOf(x, optional, v49, 100000); }
function v51(x: any): unknown { let last = keyOrder(x, K26), v: unknown, r: unknown; if (last < UNORDERED || v2(x.value) || v10(x.date, 1) || v9(x.note, 1) || v2(x.evaluation, 1)) return INVALID; return done(x, last, K26); }
function v52(x: any): unknown { let last = keyOrder(x, K27), v: unknown, r: unknown; if (last < UNORDERED || v2(x.evaluation) || v2(x.status) || v9(x.note, 1)) return INVALID; return done(x, last, K27); }
function v53(x: any, optional?: 1): boolean { return listOf(x, optional, v52, 100000); }
function v54(x: any): unknown { let last = keyOrder(x, K28), v: unknown, r: unknown; if (last < UNORDERED || v13(x.url) || v5(x.title, 1)) return INVALID; return done(x, last, K28); }
function v55(x: any, optional?: 1): boolean { return listOf(x, optional, v54, 100000); }
function v56(x: any, optional?: 1): boolean { if (x === undefined) return !optional; if (!Array.isArray(x) || x.length > 100000) return true; for (let i = 0; i < x.length; i++) if (v2(x[i])) return true; Object.freeze(x); return false; }
function v57(x: any, optional?: 1): boolean { return x === undefined ? !optional : typeof x !== 'string' || x.length > 200 || x.length < 1; }
function v58(x: any, optional?: 1): boolean { return record(x, optional, v57, v7); }
function v59(x: any): unknown { let last = keyOrder(x, K25), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v5(x.title) || v9(x.description, 1)) return INVALID; if ((v = x.status) === undefined) {} else if ((r = v51(v)) === INVALID) return INVALID; else if (r !== v) x.status = r; if ((v = x.history) === undefined) { x.history = EMPTY; if (4 < last) last = UNORDERED; } else if (v53(v)) return INVALID; if ((v = x.lead) === undefined) {} else if ((r = v40(v)) === INVALID) return INVALID; else if (r !== v) x.lead = r; if ((v = x.partners) === undefined) { x.partners = EMPTY; if (6 < last) last = UNORDERED; } else if (v41(v)) return INVALID; if ((v = x.targetGroups) === undefined) { x.targetGroups = EMPTY; if (7 < last) last = UNORDERED; } else if (v41(v)) return INVALID; if ((v = x.timeframe) === undefined) {} else if ((r = v39(v)) === INVALID) return INVALID; else if (r !== v) x.timeframe = r; if ((v = x.indicators) === undefined) { x.indicators = EMPTY; if (9 < last) last = UNORDERED; } else if (v50(v)) return INVALID; if ((v = x.links) === undefined) { x.links = EMPTY; if (10 < last) last = UNORDERED; } else if (v55(v)) return INVALID; if ((v = x.councilPapers) === undefined) { x.councilPapers = EMPTY; if (11 < last) last = UNORDERED; } else if (v28(v)) return INVALID; if ((v = x.participation) === undefined) { x.participation = EMPTY; if (12 < last) last = UNORDERED; } else if (v56(v)) return INVALID; if (v15(x.addedLater, 1) || v58(x.extra, 1)) return INVALID; return done(x, last, K25); }
function v60(x: any, optional?: 1): boolean { return listOf(x, optional, v59, 100000); }
function v61(x: any): unknown { let last = keyOrder(x, K23), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v5(x.title) || v9(x.description, 1)) return INVALID; if ((v = x.indicators) === undefined) { x.indicators = EMPTY; if (3 < last) last = UNORDERED; } else if (v50(v)) return INVALID; if ((v = x.measures) === undefined) { x.measures = EMPTY; if (4 < last) last = UNORDERED; } else if (v60(v)) return INVALID; if (v58(x.extra, 1)) return INVALID; return done(x, last, K23); }
function v62(x: any, optional?: 1): boolean { return listOf(x, optional, v61, 100000); }
function v63(x: any): unknown { let last = keyOrder(x, K21), v: unknown, r: unknown; if (last < UNORDERED || v2(x.id) || v46(x.kind) || v5(x.title) || v9(x.description, 1)) return INVALID; if ((v = x.goal) === undefined) {} else if ((r = v47(v)) === INVALID) return INVALID; else if (r !== v) x.goal = r; if ((v = x.objectives) === undefined) { x.objectives = EMPTY; if (5 < last) last = UNORDERED; } else if (v62(v)) return INVALID; if (v58(x.extra, 1)) return INVALID; return done(x, last, K21); }
function v64(x: any, optional?: 1): boolean { return listOf(x, optional, v63, 100000); }
function v65(x: any): unknown { let last = keyOrder(x, K0), v: unknown, r: unknown; if (last < UNORDERED || v0(x.$schema, 1) || v1(x.formatVersion) || v2(x.id) || v5(x.title) || v6(x.version)) return INVALID; if ((v = x.language) === undefined) { x.language = "de"; if (5 < last) last = UNORDERED; } else if (v3(v)) return INVALID; if (v9(x.summary, 1) || v10(x.adopted, 1) || v5(x.adoptedBy, 1)) return INVALID; if ((v = x.municipality) === undefined) {return INVALID;} else if ((r = v14(v)) === INVALID) return INVALID; else if (r !== v) x.municipality = r; if ((v = x.meta) === undefined) {} else if ((r = v17(v)) === INVALID) return INVALID; else if (r !== v) x.meta = r; if ((v = x.terms) === undefined) {} else if ((r = v19(v)) === INVALID) return INVALID; else if (r !== v) x.terms = r; if ((v = x.statusScale) === undefined) { x.statusScale = D11; if (12 < last) last = UNORDERED; } else if ((r = v24(v)) === INVALID) return INVALID; else if (r !== v) x.statusScale = r; if ((v = x.councilPapers) === undefined) { x.councilPapers = EMPTY; if (13 < last) last = UNORDERED; } else if (v28(v)) return INVALID; if ((v = x.evaluations) === undefined) { x.evaluations = EMPTY; if (14 < last) last = UNORDERED; } else if (v30(v)) return INVALID; if ((v = x.guidelines) === undefined) { x.guidelines = EMPTY; if (15 < last) last = UNORDERED; } else if (v32(v)) return INVALID; if ((v = x.participation) === undefined) { x.participation = EMPTY; if (16 < last) last = UNORDERED; } else if (v37(v)) return INVALID; if ((v = x.integrationReports) === undefined) { x.integrationReports = EMPTY; if (17 < last) last = UNORDERED; } else if (v45(v)) return INVALID; if (v64(x.fields) || v58(x.extra, 1)) return INVALID; return done(x, last, K0); }

/** The frozen output zod would give, or INVALID. Uses up `value` (completes and freezes it in place), even when INVALID. */
export function fastParse(value: unknown): unknown {
return v65(value);
}
