//! npm, yarn, pnpm and corepack: `node_modules` with or without the dev
//! dependencies, the scripts of `package.json` (what the scenario says each
//! runs: `tsc` builds from its inputs, `jest` tests), pruning.

use super::*;

impl Command<'_> {
    /// `npm ci`, `yarn install`, `pnpm install`: `node_modules` in the project.
    /// `production`: `Some(true)` when the flags omit dev dependencies,
    /// `Some(false)` when they include them (`--include=dev`), `None` to
    /// follow `NODE_ENV` and npm's own settings. `lockfile`: the command
    /// refuses to run without one (`npm ci`).
    /// Whether an `.npmrc` npm reads holds the registry's credentials, and
    /// the user running npm may read it: the project's, the user's
    /// (`$HOME/.npmrc`, or `--userconfig` / `NPM_CONFIG_USERCONFIG`), or the
    /// global one (`$PREFIX/etc/npmrc`, `/usr/local/etc/npmrc` in the node
    /// images; `--globalconfig`). npm's docs, "npmrc", and @npmcli/config.
    fn has_registry_credentials(&self, args: &[String]) -> bool {
        let home = self.var("HOME").unwrap_or_else(|| "/root".into());
        let flag_or_config =
            |flag: &str, key: &str| flag_value(args, &[flag]).or_else(|| self.npm_config(key));
        let user_config = flag_or_config("--userconfig", "userconfig")
            .map(|path| self.session.path(&path))
            .unwrap_or_else(|| fs::resolve(&home, ".npmrc"));
        let global_config = flag_or_config("--globalconfig", "globalconfig")
            .map(|path| self.session.path(&path))
            .unwrap_or_else(|| "/usr/local/etc/npmrc".into());
        let who = self.session.identity().unwrap_or_default();
        [user_config, global_config, self.session.path(".npmrc")]
            .iter()
            .any(|path| {
                self.image.files.find(path).is_some_and(|entry| {
                    entry.path == *path && entry.has(&Tag::Secret) && entry.readable_by(who)
                })
            })
    }

    pub(super) fn node_install(
        &mut self,
        args: &[String],
        production: Option<bool>,
        lockfile: Option<&[&str]>,
    ) {
        if !self.needs_tool(Tag::Node) {
            return;
        }
        let manifest = self.session.path("package.json");
        if !self.needs_file(&manifest) {
            return;
        }
        if let Some(names) = lockfile {
            let paths: Vec<String> = names.iter().map(|name| self.session.path(name)).collect();
            if !paths.iter().any(|path| self.image.files.exists(path)) {
                self.needs_file(&paths[0]);
                return;
            }
        }
        // Without flags, npm follows NODE_ENV and its npm_config_* variables
        // (read in any case: NPM_CONFIG_OMIT works too).
        let production = production.unwrap_or_else(|| {
            self.var("NODE_ENV").is_some_and(|env| env == "production")
                || self
                    .npm_config("omit")
                    .is_some_and(|omit| omit.split(',').any(|o| o == "dev"))
                || self
                    .npm_config("production")
                    .is_some_and(|value| value == "true")
        });
        let Some(node) = self.scenario.node.clone() else {
            return self.unknown();
        };
        if let Some(registry) = &node.private_registry
            && !self.has_registry_credentials(args)
        {
            let command = self.shown.to_string();
            self.fail(NoteKind::RegistryUnauthorized {
                registry: registry.clone(),
                command,
            });
            return;
        }
        let path = self.session.path("node_modules");
        if production {
            self.add(path, node.dependencies.0, &[Tag::Dependencies], true);
        } else {
            let size = node.dependencies.0 + node.dev_dependencies.0;
            self.add(path, size, &[Tag::Dependencies, Tag::DevDependencies], true);
        }
    }

    pub(super) fn node_has_dev_dependencies(&self) -> bool {
        let modules = self.session.path("node_modules");
        self.image
            .files
            .find(&modules)
            .is_some_and(|entry| entry.has(&Tag::DevDependencies))
    }

    /// What a tool of the project reads, relative to the project folder:
    /// missing there (a folder copied without its name, `COPY src ./`), the
    /// tool finds nothing.
    fn node_inputs(&mut self, inputs: &[String], fallback: Tag) -> bool {
        if inputs.is_empty() {
            // No layout in the scenario: the sources somewhere under the project.
            let cwd = self.session.cwd.clone();
            if !self
                .image
                .files
                .under(&cwd)
                .any(|entry| entry.has(&fallback))
            {
                let command = self.shown.to_string();
                let path = self.session.path(if fallback == Tag::Tests {
                    "tests"
                } else {
                    "src"
                });
                self.fail(NoteKind::MissingFile { path, command });
                return false;
            }
            return true;
        }
        for input in inputs {
            let path = self.session.path(input);
            if !self.image.files.holds_unspread(&path) {
                let command = self.shown.to_string();
                self.fail(NoteKind::MissingFile { path, command });
                return false;
            }
        }
        true
    }

    /// `tsc`: the build output from the project's inputs, with TypeScript
    /// (a dev dependency).
    pub(super) fn node_build(&mut self) {
        if !self.needs_tool(Tag::Node) {
            return;
        }
        let Some(node) = self.scenario.node.clone() else {
            return self.unknown();
        };
        if !self.node_has_dev_dependencies() && node.dev_dependencies.0 > 0 {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingDevDependencies { command });
            return;
        }
        let inputs = node.build_inputs.clone();
        if inputs.is_empty()
            && self
                .scenario
                .context
                .iter()
                .any(|file| file.path.trim_end_matches('/') == "tsconfig.json")
        {
            // TypeScript reads tsconfig.json, when the project has one.
            let tsconfig = self.session.path("tsconfig.json");
            if !self.needs_file(&tsconfig) {
                return;
            }
        }
        if !self.node_inputs(&inputs, Tag::Sources) {
            return;
        }
        let Some(output) = node.build_output.clone() else {
            return self.unknown();
        };
        let path = self.session.path(&output);
        let mut entry = Entry::new(path, node.build_size.0, &[Tag::BuildOutput], true);
        // tsc writes plain JavaScript: no `#!`, mode 0644.
        entry.contents = node.main.clone().into_iter().collect();
        self.write(entry);
    }

    /// `jest`: the tests, with the dev dependencies and what they import.
    pub(super) fn node_tests(&mut self) {
        if !self.needs_tool(Tag::Node) {
            return;
        }
        if !self.node_has_dev_dependencies() {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingDevDependencies { command });
            return;
        }
        let inputs = self
            .scenario
            .node
            .as_ref()
            .map(|node| node.test_inputs.clone())
            .unwrap_or_default();
        // Jest fails when it finds no test: the tests must have been copied.
        let project_has_tests = self
            .scenario
            .context
            .iter()
            .any(|file| file.kind == ContextKind::Test);
        if (project_has_tests || !inputs.is_empty()) && !self.node_inputs(&inputs, Tag::Tests) {
            return;
        }
        self.tests();
    }

    pub(super) fn node_prune(&mut self) {
        let modules = self.session.path("node_modules");
        let Some(node) = self.scenario.node.clone() else {
            return self.unknown();
        };
        let Some(entry) = self
            .image
            .files
            .find(&modules)
            .filter(|e| e.path == modules)
            .cloned()
        else {
            return;
        };
        if !entry.has(&Tag::DevDependencies) || !self.may_write(&fs::resolve(&modules, "x")) {
            return;
        }
        // Pruning in a later layer than the install hides the dev
        // dependencies; their bytes stay in the install's layer.
        let mut pruned = entry.clone();
        pruned.tags.retain(|tag| *tag != Tag::Dependencies);
        pruned.size = entry.size.saturating_sub(node.dependencies.0);
        let layer = self.session.layer;
        if pruned.layer != 0 && pruned.layer < layer && pruned.size > 0 {
            self.image.shadowed.push(crate::simulate::Shadowed {
                entry: pruned,
                removed_at: self.line,
            });
        }
        if let Some(own) = self
            .image
            .files
            .entries
            .iter_mut()
            .find(|e| e.path == modules)
        {
            own.tags.retain(|tag| *tag != Tag::DevDependencies);
            own.size = node.dependencies.0;
        }
    }

    /// `npm run NAME`: what the scenario says the script runs.
    fn npm_script(&mut self, name: &str) {
        let script = self
            .scenario
            .node
            .as_ref()
            .and_then(|node| node.script(name));
        let Some(script) = script else {
            if self.scenario.node.is_some()
                && self.image.files.exists(&self.session.path("package.json"))
            {
                let command = self.shown.to_string();
                self.fail(NoteKind::MissingFile {
                    path: format!("package.json › scripts.{name}"),
                    command,
                });
            } else {
                self.unknown();
            }
            return;
        };
        if !self.needs_file(&self.session.path("package.json")) {
            return;
        }
        match script.split_whitespace().next().unwrap_or("") {
            "tsc" => self.node_build(),
            "jest" | "vitest" | "mocha" => self.node_tests(),
            _ => self.unknown(),
        }
    }

    pub(super) fn npm(&mut self, args: &[String]) {
        // `--omit dev` is `--omit=dev`: the value is not a positional word.
        // Options that take a value as the next word: not positional words.
        let args = joined_values(
            args,
            &[
                "--omit",
                "--include",
                "--only",
                "--userconfig",
                "--globalconfig",
                "--registry",
                "--cache",
                "--prefix",
            ],
        );
        let words = positional(&args);
        let omits_dev = args.iter().any(|a| {
            matches!(
                a.as_str(),
                "--omit=dev"
                    | "--only=production"
                    | "--only=prod"
                    | "--production"
                    | "--production=true"
            )
        });
        let includes_dev = args
            .iter()
            .any(|a| a == "--include=dev" || a == "--production=false");
        let production = if includes_dev {
            Some(false)
        } else if omits_dev {
            Some(true)
        } else {
            None
        };
        let prunes_dev = production == Some(true)
            || (production.is_none()
                && (self.var("NODE_ENV").is_some_and(|env| env == "production")
                    || self
                        .npm_config("omit")
                        .is_some_and(|omit| omit.split(',').any(|o| o == "dev"))));
        let global_tool = |words: &[&str]| -> Option<Tag> {
            words.iter().skip(1).find_map(|word| {
                [("pnpm", Tag::Pnpm), ("yarn", Tag::Node)]
                    .into_iter()
                    .find(|(tool, _)| word == tool || word.starts_with(&format!("{tool}@")))
                    .map(|(_, tag)| tag)
            })
        };
        match words.as_slice() {
            ["ci" | "clean-install"] => self.node_install(
                &args,
                production,
                Some(&["package-lock.json", "npm-shrinkwrap.json"]),
            ),
            ["install" | "i" | "add", ..] if has_flag(&args, &["-g", "--global"]) => {
                match global_tool(&words) {
                    Some(tag) => {
                        let name = if tag == Tag::Pnpm { "pnpm" } else { "yarn" };
                        self.add(format!("/usr/local/bin/{name}"), 5_000_000, &[tag], false);
                    }
                    None => self.unknown(),
                }
            }
            ["install" | "i"] => self.node_install(&args, production, None),
            ["prune", ..] if prunes_dev => self.node_prune(),
            ["prune", ..] => {}
            ["run" | "run-script", name, ..] => {
                let name = name.to_string();
                self.npm_script(&name);
            }
            ["test" | "t", ..] => self.npm_script("test"),
            ["cache", ..] | ["config", ..] | ["--version"] | ["-v"] | ["audit", ..] => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn yarn(&mut self, args: &[String]) {
        let production = has_flag(args, &["--production", "--prod"]).then_some(true);
        match positional(args).as_slice() {
            [] | ["install"] => self.node_install(args, production, None),
            ["run", name] | [name] if *name != "cache" => {
                let name = name.to_string();
                self.npm_script(&name);
            }
            ["cache", ..] => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn pnpm(&mut self, args: &[String]) {
        // Node images ship pnpm only through corepack.
        if !self.needs_tool(Tag::Pnpm) {
            return;
        }
        let production = has_flag(args, &["--prod", "-P", "--production"]).then_some(true);
        match positional(args).as_slice() {
            ["install" | "i"] => self.node_install(args, production, None),
            ["prune"] if production.is_some() => self.node_prune(),
            ["run", name] | [name] => {
                let name = name.to_string();
                self.npm_script(&name);
            }
            _ => self.unknown(),
        }
    }

    /// `corepack enable [pnpm|yarn]`, `corepack prepare pnpm@… --activate`.
    pub(super) fn corepack(&mut self, args: &[String]) {
        let enables_pnpm = match positional(args).as_slice() {
            ["enable"] => true,
            ["enable" | "prepare" | "install", tools @ ..] => {
                tools.iter().any(|tool| tool.starts_with("pnpm"))
            }
            _ => false,
        };
        if enables_pnpm {
            self.add("/usr/local/bin/pnpm".into(), 0, &[Tag::Pnpm], false);
        }
    }
}
