// Produces dist/graphiql.js and dist/graphiql.css, the two files the ASP.NET Core project embeds.
import { build } from 'esbuild';

await build({
  entryPoints: { graphiql: 'entry.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir: 'dist',
  legalComments: 'none',
  define: { 'process.env.NODE_ENV': '"production"' },
  loader: { '.woff': 'dataurl', '.woff2': 'dataurl', '.ttf': 'dataurl', '.svg': 'dataurl' },
  logLevel: 'warning',
});
