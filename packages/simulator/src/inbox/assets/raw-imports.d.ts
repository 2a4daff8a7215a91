// `?raw` imports give a file's text: Vite (so Vitest) does it natively, tsup through the plugin in tsup.config.ts.
declare module '*?raw' {
  const text: string;
  export default text;
}
