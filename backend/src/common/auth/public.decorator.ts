import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC = 'auth:public';

/** Opens a route or controller to anonymous callers; every other route requires an access token. */
export const Public = () => SetMetadata(IS_PUBLIC, true);
