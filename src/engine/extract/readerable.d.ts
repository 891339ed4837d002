// The package ships this entry without its own declaration. Importing it alone
// keeps the full Readability (~90 KB) out of the script injected into every page.
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';

  const readerable: typeof isProbablyReaderable;
  export default readerable;
}
