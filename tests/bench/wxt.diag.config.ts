/**
 * Diagnostic build for `npm run bench -- --diagnose`: the normal config, but
 * unminified (so CPU-profile frames name the real functions) and written to
 * .output/diag so it never replaces the real package.
 */
import { defineConfig } from 'wxt';
import base from '../../wxt.config';

export default defineConfig({
  ...base,
  outDir: '.output/diag',
  vite: (env) => {
    const v = typeof base.vite === 'function' ? base.vite(env) : {};
    return { ...v, build: { ...(v as { build?: object }).build, minify: false } };
  },
});
