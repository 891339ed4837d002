/** Every error the conflict engine throws, in one place (fuse.js style). */
export const ERRORS = Object.freeze({
  versionMismatch: (a: number, b: number): string =>
    `Cannot compare claims of version ${a} with claims of version ${b}: re-extract the older article.`,
});
