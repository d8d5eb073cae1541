/**
 * The SDK's index of words for matching many measures by text (match-index.ts): a diff loads it
 * only when it compares versions with that many measures (see `needsCandidateIndex`).
 */
export { indexedPairs } from '@konzept-kit/sdk';
