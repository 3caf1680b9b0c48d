//! npm, yarn, pnpm and corepack: `node_modules` with or without the dev
//! dependencies, the build output, the tests, pruning.

use super::*;

impl Command<'_> {
    /// `npm ci`, `yarn install`, `pnpm install`: `node_modules` in the project.
    /// `production`: `Some(true)` when the flags omit dev dependencies,
    /// `Some(false)` when they include them (`--include=dev`), `None` to
    /// follow `NODE_ENV`. `lockfile`: the command refuses to run without one
    /// (`npm ci`).
    pub(super) fn node_install(&mut self, production: Option<bool>, lockfile: Option<&[&str]>) {
        if !self.needs_tool("node") {
            return;
        }
        let manifest = self.shell.path("package.json");
        if !self.needs_file(&manifest) {
            return;
        }
        if let Some(names) = lockfile {
            let paths: Vec<String> = names.iter().map(|name| self.shell.path(name)).collect();
            if !paths.iter().any(|path| self.image.files.exists(path)) {
                self.needs_file(&paths[0]);
                return;
            }
        }
        // Without flags, npm follows NODE_ENV and its own npm_config_* variables.
        let production = production.unwrap_or_else(|| {
            self.var("NODE_ENV").is_some_and(|env| env == "production")
                || self
                    .var("npm_config_omit")
                    .is_some_and(|omit| omit == "dev")
                || self
                    .var("npm_config_production")
                    .is_some_and(|value| value == "true")
        });
        let Some(node) = self.scenario.node.clone() else {
            return self.unknown();
        };
        let path = self.shell.path("node_modules");
        if production {
            self.add(path, node.dependencies.0, &["dependencies"], true);
        } else {
            let size = node.dependencies.0 + node.dev_dependencies.0;
            self.add(path, size, &["dependencies", "dev-dependencies"], true);
        }
    }

    pub(super) fn node_has_dev_dependencies(&self) -> bool {
        let modules = self.shell.path("node_modules");
        self.image
            .files
            .find(&modules)
            .is_some_and(|entry| entry.has("dev-dependencies"))
    }

    pub(super) fn node_build(&mut self) {
        if !self.needs_tool("node") {
            return;
        }
        let Some(node) = self.scenario.node.clone() else {
            return self.unknown();
        };
        if !self.node_has_dev_dependencies() && node.dev_dependencies.0 > 0 {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingDevDependencies { command });
            return;
        }
        let cwd = self.shell.cwd.clone();
        if !self
            .image
            .files
            .under(&cwd)
            .any(|entry| entry.has("sources"))
        {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingFile {
                path: self.shell.path("src"),
                command,
            });
            return;
        }
        // TypeScript reads tsconfig.json, when the project has one.
        let has_tsconfig = self
            .scenario
            .context
            .iter()
            .any(|file| file.path.trim_end_matches('/') == "tsconfig.json");
        if has_tsconfig && !self.needs_file(&self.shell.path("tsconfig.json")) {
            return;
        }
        let Some(output) = node.build_output.clone() else {
            return self.unknown();
        };
        let path = self.shell.path(&output);
        let mut entry = Entry::new(path, node.build_size.0, &["build-output"], true);
        entry.layer = self.shell.layer;
        entry.contents = node.main.clone().into_iter().collect();
        self.image.files.add(entry);
    }

    pub(super) fn node_tests(&mut self) {
        if !self.needs_tool("node") {
            return;
        }
        if !self.node_has_dev_dependencies() {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingDevDependencies { command });
        }
        // Jest fails when it finds no test: the tests must have been copied.
        let project_has_tests = self
            .scenario
            .context
            .iter()
            .any(|file| file.kind == ContextKind::Test);
        let cwd = self.shell.cwd.clone();
        if project_has_tests && !self.image.files.under(&cwd).any(|entry| entry.has("tests")) {
            let command = self.shown.to_string();
            let path = self.shell.path("tests");
            self.note(NoteKind::MissingFile { path, command });
        }
        self.tests();
    }

    pub(super) fn node_prune(&mut self) {
        let modules = self.shell.path("node_modules");
        let Some(node) = self.scenario.node.clone() else {
            return self.unknown();
        };
        let Some(entry) = self
            .image
            .files
            .entries
            .iter_mut()
            .find(|e| e.path == modules)
        else {
            return;
        };
        if !entry.has("dev-dependencies") {
            return;
        }
        // Pruning in a later layer than the install hides the dev
        // dependencies; their bytes stay in the install's layer.
        let mut pruned = entry.clone();
        pruned.tags.retain(|tag| tag != "dependencies");
        pruned.size = entry.size.saturating_sub(node.dependencies.0);
        entry.tags.retain(|tag| tag != "dev-dependencies");
        entry.size = node.dependencies.0;
        self.shadow(vec![pruned]);
    }

    pub(super) fn npm(&mut self, args: &[String]) {
        // `--omit dev` is `--omit=dev`: the value is not a positional word.
        let args = joined_values(args, &["--omit", "--include", "--only"]);
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
                && self.var("NODE_ENV").is_some_and(|env| env == "production"));
        let global_tool = |words: &[&str]| -> Option<&'static str> {
            words.iter().skip(1).find_map(|word| {
                ["pnpm", "yarn"]
                    .into_iter()
                    .find(|tool| word == tool || word.starts_with(&format!("{tool}@")))
            })
        };
        match words.as_slice() {
            ["ci" | "clean-install"] => self.node_install(
                production,
                Some(&["package-lock.json", "npm-shrinkwrap.json"]),
            ),
            ["install" | "i" | "add", ..] if has_flag(&args, &["-g", "--global"]) => {
                match global_tool(&words) {
                    Some(tool) => {
                        self.add(format!("/usr/local/bin/{tool}"), 5_000_000, &[tool], false)
                    }
                    None => self.unknown(),
                }
            }
            ["install" | "i"] => self.node_install(production, None),
            ["prune", ..] if prunes_dev => self.node_prune(),
            ["run" | "run-script", "build", ..] => self.node_build(),
            ["test" | "t", ..] => self.node_tests(),
            ["run" | "run-script", script, ..] if script.starts_with("test") => self.node_tests(),
            ["cache", ..] | ["config", ..] | ["--version"] | ["-v"] => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn yarn(&mut self, args: &[String]) {
        let production = has_flag(args, &["--production", "--prod"]).then_some(true);
        match positional(args).as_slice() {
            [] | ["install"] => self.node_install(production, None),
            ["build"] | ["run", "build"] => self.node_build(),
            [script] | ["run", script] if script.starts_with("test") => self.node_tests(),
            ["cache", ..] => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn pnpm(&mut self, args: &[String]) {
        // Node images ship pnpm only through corepack.
        if !self.needs_tool("pnpm") {
            return;
        }
        let production = has_flag(args, &["--prod", "-P", "--production"]).then_some(true);
        match positional(args).as_slice() {
            ["install" | "i"] => self.node_install(production, None),
            ["prune"] if production.is_some() => self.node_prune(),
            ["build"] | ["run", "build"] => self.node_build(),
            [script] | ["run", script] if script.starts_with("test") => self.node_tests(),
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
            self.add("/usr/local/bin/pnpm".into(), 0, &["pnpm"], false);
        }
    }
}
