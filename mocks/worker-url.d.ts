/** `?same-build-worker` imports (same-build-worker.ts): the built chunk's URL. */
declare module '*?same-build-worker' {
  const url: string;
  export default url;
}
