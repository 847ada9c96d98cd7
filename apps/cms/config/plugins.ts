import { readEnv } from '../src/env';

export default () => {
  const env = readEnv();
  return {
    'users-permissions': {
      config: {
        jwtSecret: env.JWT_SECRET,
      },
    },
    upload: {
      config: {
        // Cover and avatar images only; anything bigger is a mistake, not a photo.
        sizeLimit: 20 * 1024 * 1024,
      },
    },
  };
};
