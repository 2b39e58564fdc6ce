import { fileURLToPath } from 'node:url';

/** lists/xinjiang.json, found from this module's own location so the tool works from any cwd. */
export const DEFAULT_LIST_PATH = fileURLToPath(new URL('../../lists/xinjiang.json', import.meta.url));
