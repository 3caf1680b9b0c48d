//! Composer: `vendor/` with or without the dev dependencies.

use super::*;

impl Command<'_> {
    pub(super) fn composer(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("install") => {
                if !self.needs_tool("composer") {
                    return;
                }
                let manifest = self.shell.path("composer.json");
                if !self.needs_file(&manifest) {
                    return;
                }
                let Some(php) = self.scenario.php.clone() else {
                    return self.unknown();
                };
                let path = self.shell.path("vendor");
                let no_dev = has_flag(args, &["--no-dev"])
                    || self
                        .var("COMPOSER_NO_DEV")
                        .is_some_and(|value| value == "1");
                if no_dev {
                    self.add(path, php.dependencies.0, &["dependencies"], true);
                } else {
                    let size = php.dependencies.0 + php.dev_dependencies.0;
                    self.add(path, size, &["dependencies", "dev-dependencies"], true);
                }
            }
            Some("dump-autoload" | "dumpautoload" | "validate" | "check-platform-reqs") => {
                self.needs_tool("composer");
            }
            Some("test") => self.tests(),
            _ => self.unknown(),
        }
    }
}
