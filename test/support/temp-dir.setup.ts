// Registered first, so (hooks run in stack order) this afterAll runs last in
// each test file: after the file's own afterAll hooks stop daemons and servers.
import { afterAll } from 'vitest';
import { removeTempDirs } from './temp-dir.js';

afterAll(removeTempDirs);
