//! Compiled languages: go (static or dynamic binaries), cargo, maven.

use super::*;

impl Command<'_> {
    pub(super) fn go(&mut self, args: &[String]) {
        if !self.needs_tool(Tag::Go) {
            return;
        }
        let Some(go) = self.scenario.go.clone() else {
            return self.unknown();
        };
        match positional(args).first().copied() {
            _ if !self.go_version_ok(&go) => {}
            Some("mod") if positional(args).get(1) == Some(&"download") => {
                if self.needs_file(&self.session.path("go.mod")) {
                    let modules = self.go_module_cache();
                    self.cache("go", modules, go.module_cache.0);
                }
            }
            // `go build ./...` without -o compiles and discards: no binary.
            Some("build") if go_package(args).is_none() && flag_value(args, &["-o"]).is_none() => {}
            // `-o FILE` over several packages: "go: cannot write multiple packages to non-directory".
            Some("build")
                if go_package(args).is_none()
                    && flag_value(args, &["-o"]).is_some_and(|output| {
                        !output.ends_with('/')
                            && self
                                .image
                                .files
                                .folder_at(&self.session.path(&output))
                                .is_none_or(|folder| folder.path != self.session.path(&output))
                    }) =>
            {
                let command = self.shown.to_string();
                self.fail(NoteKind::ExitCode { command });
            }
            Some("build") => {
                let output = match flag_value(args, &["-o"]) {
                    Some(output) if output.ends_with('/') => {
                        fs::resolve(&self.session.path(&output), &go.binary)
                    }
                    Some(output) => self.session.path(&output),
                    None => self.session.path(&go.binary),
                };
                self.go_binary(output, &go, args);
            }
            // `go install` puts the binary in $GOBIN, else $GOPATH/bin (/go in
            // the golang image); a cross-compiled one in $GOPATH/bin/GOOS_GOARCH,
            // and never in $GOBIN ("cannot install cross-compiled binaries
            // when GOBIN is set", go/src/cmd/go/testdata/script/install_cross_gobin.txt).
            Some("install") => {
                let target = self.go_target();
                let host = ("linux".to_string(), self.image.platform.arch.clone());
                let gobin = self.var("GOBIN").filter(|gobin| !gobin.is_empty());
                let gopath_bin = self
                    .var("GOPATH")
                    .map(|gopath| format!("{gopath}/bin"))
                    .unwrap_or_else(|| "/go/bin".into());
                let bin = match (target == host, gobin) {
                    (true, Some(gobin)) => gobin,
                    (true, None) => gopath_bin,
                    (false, Some(_)) => {
                        let command = self.shown.to_string();
                        self.fail(NoteKind::ExitCode { command });
                        return;
                    }
                    (false, None) => format!("{gopath_bin}/{}_{}", target.0, target.1),
                };
                self.go_binary(fs::resolve(&bin, &go.binary), &go, args);
            }
            // `go env -w CGO_ENABLED=0` writes Go's own settings file: it lasts.
            Some("env") if has_flag(args, &["-w"]) => {
                for (name, value) in args.iter().filter_map(|arg| assignment(arg)) {
                    self.session.env.push((name.clone(), value.clone()));
                    self.image.set_env(&name, value);
                }
            }
            // Vetting and testing compile the packages: they fill the same
            // caches as a build (`go help cache`).
            Some("test" | "vet") => {
                let modules = self.go_module_cache();
                self.cache("go", modules, go.module_cache.0);
                let build_cache = self.go_build_cache();
                self.cache("go", build_cache, go.module_cache.0 / 2);
                self.tests();
            }
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
        let cwd = self.session.cwd.clone();
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
            self.needs_file(&self.session.path("go.mod"));
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
            .any(|entry| entry.has(&Tag::Sources))
            || self
                .image
                .files
                .find(&cwd)
                .is_some_and(|entry| entry.has(&Tag::Sources));
        if project_has_sources && !has_sources {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingFile {
                path: self.session.path("*.go"),
                command,
            });
            return;
        }
        // A path without `./` is an import path, and one whose first element
        // has no dot belongs to the standard library ("package cmd/server is
        // not in std", go help packages).
        if let Some(package) = go_package(args)
            && !package.starts_with('.')
            && !package.starts_with('/')
            && !package
                .split('/')
                .next()
                .is_some_and(|first| first.contains('.'))
        {
            let command = self.shown.to_string();
            self.fail(NoteKind::NotAPackagePath { package, command });
            return;
        }
        // The package built must be the project's main one (`./cmd/server`).
        if let (Some(main), Some(package)) = (&go.main, go_package(args)) {
            let wanted = fs::resolve(&module_root, main);
            let built = self.session.path(&package);
            if built != wanted || !self.image.files.holds_unspread(&built) {
                let command = self.shown.to_string();
                let path = fs::resolve(&built, "*.go");
                self.fail(NoteKind::MissingFile { path, command });
                return;
            }
        }
        // Without a C compiler, Go turns cgo off by itself (Go 1.20+).
        let cgo = match self.var("CGO_ENABLED") {
            Some(value) => value != "0",
            None => self.image.has(&Tag::Compiler),
        };
        // `-ldflags '-linkmode external -extldflags "-static"'` links libc in.
        let static_link = args
            .iter()
            .any(|arg| arg.contains("-extldflags") && arg.contains("-static"));
        let (linking, libc) = if cgo && !static_link {
            (Tag::DynamicBinary, self.image.libc())
        } else {
            (Tag::StaticBinary, None)
        };
        // Go builds for GOOS/GOARCH, else for the machine it runs on: the
        // stage's platform (under emulation, the emulated one).
        let (_, arch) = self.go_target();
        let mut binary = Entry::new(output, go.binary_size.0, &[Tag::Binary, linking], false)
            .program(Executable::Elf(libc));
        binary.abi.arch = Some(arch);
        if !self.write(binary) {
            return;
        }
        self.image.compiled_at.push(self.line);
        // The build downloads the modules it lacks, and keeps what it
        // compiled in GOCACHE (`go help cache`, `go help modules`).
        let modules = self.go_module_cache();
        if !self.image.files.exists(&modules) || self.in_cache_mount(&modules) {
            self.cache("go", modules, go.module_cache.0);
        }
        let build_cache = self.go_build_cache();
        if self
            .image
            .can_create(self.session.identity().unwrap_or_default(), &build_cache)
            != Presence::No
        {
            self.cache("go", build_cache, go.module_cache.0 / 2);
        }
    }

    /// What Go compiles for: `GOOS`/`GOARCH`, else the machine it runs on
    /// (the stage's platform; under emulation, the emulated one).
    fn go_target(&self) -> (String, String) {
        let os = self
            .var("GOOS")
            .filter(|os| !os.is_empty())
            .unwrap_or_else(|| "linux".into());
        let arch = self
            .var("GOARCH")
            .filter(|arch| !arch.is_empty())
            .unwrap_or_else(|| self.image.platform.arch.clone());
        (os, arch)
    }

    /// Where Go keeps what it compiled: `GOCACHE`, else `$HOME/.cache/go-build`.
    fn go_build_cache(&self) -> String {
        self.var("GOCACHE")
            .filter(|path| !path.is_empty())
            .unwrap_or_else(|| {
                let home = self.var("HOME").unwrap_or_else(|| "/root".into());
                fs::resolve(&home, ".cache/go-build")
            })
    }

    /// Where Go keeps downloaded modules: `GOMODCACHE`, else `$GOPATH/pkg/mod`
    /// (`/go` in the golang image), else `$HOME/go/pkg/mod`.
    fn go_module_cache(&self) -> String {
        if let Some(path) = self.var("GOMODCACHE").filter(|path| !path.is_empty()) {
            return path;
        }
        let gopath = self
            .var("GOPATH")
            .filter(|path| !path.is_empty())
            .unwrap_or_else(|| {
                let home = self.var("HOME").unwrap_or_else(|| "/root".into());
                fs::resolve(&home, "go")
            });
        fs::resolve(&gopath, "pkg/mod")
    }

    pub(super) fn cargo(&mut self, args: &[String]) {
        let Some(rust) = self.scenario.rust.clone() else {
            return self.unknown();
        };
        match positional(args).first().copied() {
            Some("build" | "install") => {
                let manifest = self.session.path("Cargo.toml");
                if !self.needs_file(&manifest) {
                    return;
                }
                let profile = if has_flag(args, &["--release", "-r"]) {
                    "release"
                } else {
                    "debug"
                };
                let target = self.session.path("target");
                self.add(target.clone(), rust.target_size.0, &[Tag::BuildCache], true);
                let binary = fs::resolve(&target, &format!("{profile}/{}", rust.binary));
                let libc = self.image.libc();
                self.write(
                    Entry::new(
                        binary,
                        rust.binary_size.0,
                        &[Tag::Binary, Tag::DynamicBinary],
                        false,
                    )
                    .program(Executable::Elf(libc)),
                );
            }
            Some("test") => self.tests(),
            Some("fetch") => {
                self.add(
                    "/usr/local/cargo/registry".into(),
                    rust.target_size.0 / 4,
                    &[Tag::BuildCache],
                    true,
                );
            }
            _ => self.unknown(),
        }
    }

    pub(super) fn maven(&mut self, args: &[String]) {
        if !self.needs_tool(Tag::Java) {
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
            let jar = self.session.path(&java.jar);
            self.add(jar, java.jar_size.0, &[Tag::BuildOutput], false);
        }
        if builds || goals.iter().any(|goal| goal.starts_with("dependency:")) {
            self.add(
                "/root/.m2".into(),
                java.repository_size.0,
                &[Tag::BuildCache],
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

impl Command<'_> {
    /// The golang images set `GOTOOLCHAIN=local`: a Go older than the one
    /// `go.mod` asks for stops ("go.mod requires go >= 1.26 (running go 1.25;
    /// GOTOOLCHAIN=local)").
    fn go_version_ok(&mut self, go: &crate::simulate::scenario::GoProject) -> bool {
        // The tag says the version (golang:1.25-alpine); a bare tag, the image's env.
        // `golang:1` is the newest 1.x: only a `major.minor` tag pins a version.
        let tagged =
            crate::simulate::images::tag_version(&self.image.base.image).filter(|version| {
                crate::simulate::images::normalize(&self.image.base.image).starts_with("golang:")
                    && version.split('.').count() >= 2
            });
        let (Some(wanted), Some(running)) = (
            go.version.as_deref(),
            tagged.or_else(|| self.var("GOLANG_VERSION")),
        ) else {
            return true;
        };
        if self
            .var("GOTOOLCHAIN")
            .is_some_and(|value| value != "local")
        {
            return true;
        }
        let number = |text: &str| -> Vec<u32> {
            text.split('.')
                .take(2)
                .filter_map(|part| part.parse().ok())
                .collect()
        };
        if number(&running) < number(wanted) {
            let command = format!("{} (go {running}, go.mod: go {wanted})", self.shown);
            self.fail(NoteKind::ExitCode { command });
            return false;
        }
        true
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
