/** Where tests leave what people may look at afterwards: page renderings, screenshots, saved files. */
export const ARTIFACTS = new URL('../../test-artifacts/', import.meta.url).pathname;
