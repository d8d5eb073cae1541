/**
 * Where JSON text goes wrong. V8 names the position for some errors and only quotes a snippet for
 * others ("Unexpected token '}', ...is not valid JSON"); an editor needs a line and column for all.
 * A small scanner that only finds the first offending offset, without building any values.
 */
export function findJsonErrorOffset(text: string): number {
  let i = 0;
  const n = text.length;
  const ws = () => {
    while (i < n && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  // What the scanner expects next inside each open container.
  const stack: Array<'object' | 'array'> = [];
  type Expect = 'value' | 'key' | 'colon' | 'commaOrEnd' | 'valueOrEnd' | 'keyOrEnd';
  let expect: Expect = 'value';
  for (;;) {
    ws();
    if (i >= n) return stack.length || expect === 'value' ? n : -1;
    const c = text[i]!;
    switch (expect) {
      case 'keyOrEnd':
      case 'valueOrEnd':
        // Just after `{` or `[`: the closing bracket, or the first key or value.
        if (c === (expect === 'keyOrEnd' ? '}' : ']')) {
          i++;
          stack.pop();
          expect = 'commaOrEnd';
          break;
        }
        expect = expect === 'keyOrEnd' ? 'key' : 'value';
        continue;
      case 'key':
        if (c !== '"') return i;
        if (!scanString()) return i;
        expect = 'colon';
        break;
      case 'colon':
        if (c !== ':') return i;
        i++;
        expect = 'value';
        break;
      case 'value':
        if (c === '{') {
          i++;
          stack.push('object');
          expect = 'keyOrEnd';
        } else if (c === '[') {
          i++;
          stack.push('array');
          expect = 'valueOrEnd';
        } else if (c === '"') {
          if (!scanString()) return i;
          expect = 'commaOrEnd';
        } else if (/[-0-9]/.test(c)) {
          const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
          if (!m) return i;
          i += m[0].length;
          expect = 'commaOrEnd';
        } else {
          const word = ['true', 'false', 'null'].find((w) => text.startsWith(w, i));
          if (!word) return i;
          i += word.length;
          expect = 'commaOrEnd';
        }
        break;
      case 'commaOrEnd': {
        const top = stack[stack.length - 1];
        if (!top) return i; // text after the complete value
        if (c === ',') {
          i++;
          expect = top === 'object' ? 'key' : 'value';
        } else if ((c === '}' && top === 'object') || (c === ']' && top === 'array')) {
          i++;
          stack.pop();
        } else return i;
        break;
      }
    }
  }

  function scanString(): boolean {
    STRING.lastIndex = i;
    if (!STRING.exec(text)) return false;
    i = STRING.lastIndex;
    return true;
  }
}

/** A JSON string at `lastIndex` (sticky), so long strings are matched in place without copying. */
const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
