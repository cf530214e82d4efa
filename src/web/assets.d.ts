// esbuild's text loader (scripts/web-build.mjs) turns an imported .txt file into its contents.
declare module '*.txt' {
  const text: string;
  export default text;
}
