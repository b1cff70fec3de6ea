// esbuild turns `import './style.css'` into dist/webview.css beside the script.
declare module '*.css';
