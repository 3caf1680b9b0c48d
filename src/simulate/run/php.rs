//! Composer: `vendor/` with or without the dev dependencies, with or
//! without its autoloader (`--no-autoloader` until `dump-autoload`). To
//! unpack packages Composer needs `unzip` or PHP's zip extension, else `git`
//! to clone them: the `composer` image has all three, the `php` images none.

use super::*;

impl Command<'_> {
    pub(super) fn composer(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("install") => self.composer_install(args),
            Some("dump-autoload" | "dumpautoload") => {
                if !self.needs_tool(Tag::Composer) {
                    return;
                }
                let vendor = self.session.path("vendor");
                let Some(entry) = self
                    .image
                    .files
                    .find(&vendor)
                    .filter(|e| e.path == vendor)
                    .cloned()
                else {
                    // Without vendor/, Composer writes a bare autoloader.
                    self.add(vendor, 100_000, &[Tag::Autoloader], true);
                    return;
                };
                if !self.may_write(&fs::resolve(&vendor, "autoload.php")) {
                    return;
                }
                let frozen = self.classmap_without_code(args);
                if let Some(own) = self
                    .image
                    .files
                    .entries
                    .iter_mut()
                    .find(|e| e.path == entry.path)
                {
                    own.tags.retain(|tag| *tag != Tag::ClassmapWithoutCode);
                    own.tag(Tag::Autoloader);
                    if frozen {
                        own.tag(Tag::ClassmapWithoutCode);
                    }
                }
            }
            Some("validate" | "check-platform-reqs" | "diagnose" | "--version") => {
                self.needs_tool(Tag::Composer);
            }
            Some("test") => self.tests(),
            _ => self.unknown(),
        }
    }

    fn composer_install(&mut self, args: &[String]) {
        if !self.needs_tool(Tag::Composer) {
            return;
        }
        let manifest = self.session.path("composer.json");
        if !self.needs_file(&manifest) {
            return;
        }
        let Some(php) = self.scenario.php.clone() else {
            return self.unknown();
        };
        // Packages come as zip archives: unzip or the zip extension, else git.
        let unpacks = [Tag::Unzip, Tag::PhpZip, Tag::Git]
            .iter()
            .any(|tag| self.image.has(tag));
        if !unpacks && self.image.base.is_known() {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingTool {
                tool: Tag::Unzip,
                command,
            });
            return;
        }
        let path = self.session.path("vendor");
        let no_dev = has_flag(args, &["--no-dev"])
            || self
                .var("COMPOSER_NO_DEV")
                .is_some_and(|value| value == "1");
        let (size, tags) = if no_dev {
            (php.dependencies.0, vec![Tag::Dependencies])
        } else {
            (
                php.dependencies.0 + php.dev_dependencies.0,
                vec![Tag::Dependencies, Tag::DevDependencies],
            )
        };
        let mut vendor = Entry::new(path, size, &tags, true);
        // --no-autoloader: no vendor/autoload.php until `composer dump-autoload`.
        if !has_flag(args, &["--no-autoloader"]) {
            vendor.tag(Tag::Autoloader);
            if self.classmap_without_code(args) {
                vendor.tag(Tag::ClassmapWithoutCode);
            }
        }
        self.write(vendor);
    }

    /// `--classmap-authoritative` (`-a`) freezes the class map from the
    /// folders autoload names, as they are now: without them, no class is
    /// found later, and the PSR-4 fallback is off.
    fn classmap_without_code(&self, args: &[String]) -> bool {
        let authoritative = has_flag(args, &["--classmap-authoritative"]) || has_short(args, 'a');
        let folders = self
            .scenario
            .php
            .as_ref()
            .map(|php| php.autoload.clone())
            .unwrap_or_default();
        authoritative
            && folders
                .iter()
                .any(|folder| !self.image.files.holds_unspread(&self.session.path(folder)))
    }
}
