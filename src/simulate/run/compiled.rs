//! Compiled languages: go (static or dynamic binaries), cargo, maven.

use super::*;

impl Command<'_> {
    pub(super) fn go(&mut self, args: &[String]) {
        if !self.needs_tool("go") {
            return;
        }
        let Some(go) = self.scenario.go.clone() else {
            return self.unknown();
        };
        match positional(args).first().copied() {
            Some("mod") if positional(args).get(1) == Some(&"download") => {
                self.add(
                    "/go/pkg/mod".into(),
                    go.module_cache.0,
                    &["build-cache"],
                    true,
                );
            }
            // `go build ./...` without -o compiles and discards: no binary.
            Some("build") if go_package(args).is_none() && flag_value(args, &["-o"]).is_none() => {}
            Some("build") => {
                let output = match flag_value(args, &["-o"]) {
                    Some(output) if output.ends_with('/') => {
                        fs::resolve(&self.shell.path(&output), &go.binary)
                    }
                    Some(output) => self.shell.path(&output),
                    None => self.shell.path(&go.binary),
                };
                self.go_binary(output, &go, args);
            }
            // `go install` puts the binary in $GOBIN, else $GOPATH/bin (/go in the golang image).
            Some("install") => {
                let bin = self
                    .var("GOBIN")
                    .or_else(|| self.var("GOPATH").map(|gopath| format!("{gopath}/bin")))
                    .unwrap_or_else(|| "/go/bin".into());
                self.go_binary(fs::resolve(&bin, &go.binary), &go, args);
            }
            // `go env -w CGO_ENABLED=0` writes Go's own settings file: it lasts.
            Some("env") if has_flag(args, &["-w"]) => {
                for (name, value) in args.iter().filter_map(|arg| assignment(arg)) {
                    self.shell.env.push((name.clone(), value.clone()));
                    self.image.set_env(&name, value);
                }
            }
            Some("test" | "vet") => self.tests(),
            Some("version" | "env") => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn go_binary(
        &mut self,
        output: String,
        go: &crate::simulate::scenario::GoProject,
        args: &[String],
    ) {
        // Go finds its module in the current folder or above it.
        let cwd = self.shell.cwd.clone();
        let module_root = std::iter::successors(Some(cwd.clone()), |dir| {
            (dir != "/").then(|| fs::resolve(dir, ".."))
        })
        .find(|dir| {
            let module = fs::resolve(dir, "go.mod");
            self.image
                .files
                .entries
                .iter()
                .any(|entry| entry.path == module)
        })
        .or_else(|| {
            // go.mod inside a folder copied whole: the current folder is the module.
            self.image
                .files
                .exists(&fs::resolve(&cwd, "go.mod"))
                .then(|| cwd.clone())
        });
        let Some(module_root) = module_root else {
            self.needs_file(&self.shell.path("go.mod"));
            return;
        };
        // `COPY go.mod go.sum ./` alone gives Go nothing to compile.
        let project_has_sources = self
            .scenario
            .context
            .iter()
            .any(|file| file.kind == ContextKind::Source);
        let has_sources = self
            .image
            .files
            .under(&module_root)
            .any(|entry| entry.has("sources"))
            || self
                .image
                .files
                .find(&cwd)
                .is_some_and(|entry| entry.has("sources"));
        if project_has_sources && !has_sources {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingFile {
                path: self.shell.path("*.go"),
                command,
            });
            return;
        }
        // The package built must be the project's main one (`./cmd/server`).
        if let (Some(main), Some(package)) = (&go.main, go_package(args)) {
            let wanted = fs::resolve(&module_root, main);
            let built = self.shell.path(&package);
            if built != wanted || !self.image.files.holds_unspread(&built) {
                let command = self.shown.to_string();
                let path = fs::resolve(&built, "*.go");
                self.note(NoteKind::MissingFile { path, command });
                return;
            }
        }
        // Without a C compiler, Go turns cgo off by itself (Go 1.20+).
        let cgo = match self.var("CGO_ENABLED") {
            Some(value) => value != "0",
            None => self.image.has("compiler"),
        };
        // `-ldflags '-linkmode external -extldflags "-static"'` links libc in.
        let static_link = args
            .iter()
            .any(|arg| arg.contains("-extldflags") && arg.contains("-static"));
        let linking = if cgo && !static_link {
            "dynamic-binary"
        } else {
            "static-binary"
        };
        self.add(output, go.binary_size.0, &["binary", linking], false);
        let home = self.var("HOME").unwrap_or_else(|| "/root".into());
        let cache = fs::resolve(&home, ".cache/go-build");
        if !self.image.files.exists(&cache) {
            self.add(cache, go.module_cache.0 / 2, &["build-cache"], true);
        }
    }

    pub(super) fn cargo(&mut self, args: &[String]) {
        let Some(rust) = self.scenario.rust.clone() else {
            return self.unknown();
        };
        match positional(args).first().copied() {
            Some("build" | "install") => {
                let manifest = self.shell.path("Cargo.toml");
                if !self.needs_file(&manifest) {
                    return;
                }
                let profile = if has_flag(args, &["--release", "-r"]) {
                    "release"
                } else {
                    "debug"
                };
                let target = self.shell.path("target");
                self.add(target.clone(), rust.target_size.0, &["build-cache"], true);
                let binary = fs::resolve(&target, &format!("{profile}/{}", rust.binary));
                self.add(
                    binary,
                    rust.binary_size.0,
                    &["binary", "dynamic-binary"],
                    false,
                );
            }
            Some("test") => self.tests(),
            Some("fetch") => {
                self.add(
                    "/usr/local/cargo/registry".into(),
                    rust.target_size.0 / 4,
                    &["build-cache"],
                    true,
                );
            }
            _ => self.unknown(),
        }
    }

    pub(super) fn maven(&mut self, args: &[String]) {
        if !self.needs_tool("java") {
            return;
        }
        let Some(java) = self.scenario.java.clone() else {
            return self.unknown();
        };
        let goals = positional(args);
        let builds = goals
            .iter()
            .any(|goal| matches!(*goal, "package" | "install" | "verify"));
        let skips_tests = args
            .iter()
            .any(|arg| arg.starts_with("-DskipTests") || arg == "-Dmaven.test.skip=true");
        if goals.contains(&"test") || (builds && !skips_tests) {
            self.tests();
        }
        if builds {
            let jar = self.shell.path(&java.jar);
            self.add(jar, java.jar_size.0, &["build-output"], false);
        }
        if builds || goals.iter().any(|goal| goal.starts_with("dependency:")) {
            self.add(
                "/root/.m2".into(),
                java.repository_size.0,
                &["build-cache"],
                true,
            );
        }
        if !builds
            && !goals.contains(&"test")
            && !goals.iter().any(|g| g.starts_with("dependency:"))
        {
            self.unknown();
        }
    }
}

/// The package a `go build` / `go install` names (`.` when none); `None`
/// for a pattern (`./...`), which builds several packages.
fn go_package(args: &[String]) -> Option<String> {
    const WITH_VALUE: [&str; 19] = [
        "-o",
        "-C",
        "-ldflags",
        "-gcflags",
        "-asmflags",
        "-gccgoflags",
        "-tags",
        "-p",
        "-mod",
        "-modfile",
        "-pkgdir",
        "-buildmode",
        "-toolexec",
        "-overlay",
        "-pgo",
        "-compiler",
        "-installsuffix",
        "-coverpkg",
        "-covermode",
    ];
    let mut words = args.iter().skip(1);
    while let Some(word) = words.next() {
        if WITH_VALUE.contains(&word.as_str()) {
            words.next();
        } else if !word.starts_with('-') {
            return (!word.contains("...")).then(|| word.clone());
        }
    }
    Some(".".into())
}
