import { AppConfig, ConfigError, loadConfig } from './config/app-config';

/** Loads the configuration or stops the process with a message naming the bad variables. */
export function configOrExit(): AppConfig {
  try {
    return loadConfig();
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    process.stderr.write(`${error.message}\nSee .env.example for every variable and its meaning.\n`);
    process.exit(78); // EX_CONFIG
  }
}
