//! python, pip, virtualenv and uv: where packages go (system, venv,
//! `--user`, `--prefix`, `--target`, wheels) and what they were built for.

use super::*;

/// A fresh venv: pip and setuptools (estimate).
const VENV: u64 = 15_000_000;

impl Command<'_> {
    pub(super) fn python(&mut self, args: &[String]) {
        match args.first().map(String::as_str) {
            Some("-m") => {
                let module = args.get(1).map(String::as_str).unwrap_or("");
                let rest = &args[2.min(args.len())..];
                match module {
                    "venv" | "virtualenv" => match positional(rest).first() {
                        Some(dir) => {
                            if self.needs_tool("python") {
                                let dir = self.shell.path(dir);
                                self.venv(dir);
                            }
                        }
                        None => self.unknown(),
                    },
                    "pip" => self.pip(rest),
                    "pytest" | "unittest" => self.tests(),
                    "compileall" => {}
                    _ => self.unknown(),
                }
            }
            Some("--version" | "-V") => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn venv(&mut self, dir: String) {
        self.add(dir.clone(), VENV, &["venv"], true);
        // A venv points at the Python that made it.
        let built_for = self.built_for(false);
        self.tag(&dir, built_for);
    }

    /// Where `pip install` puts packages, by its options and the venv in use.
    pub(super) fn pip_target(&self, args: &[String]) -> (String, Vec<&'static str>) {
        if has_flag(args, &["--user"]) {
            let home = self.var("HOME").unwrap_or_else(|| "/root".into());
            return (fs::resolve(&home, ".local"), vec![]);
        }
        // --target puts packages right in the folder; --prefix under its lib/pythonX.Y/site-packages.
        if let Some(target) = flag_value(args, &["--target", "-t"]) {
            return (self.shell.path(&target), vec![]);
        }
        if let Some(prefix) = flag_value(args, &["--prefix", "--root"]) {
            return (self.shell.path(&prefix), vec!["prefix-layout"]);
        }
        // `uv pip install --python /opt/venv/bin/python`: that interpreter's venv.
        if let Some(python) = flag_value(args, &["--python", "-p"])
            && let Some((root, _)) = python.rsplit_once("/bin/")
        {
            return (self.shell.path(root), vec!["venv"]);
        }
        if has_flag(args, &["--system"]) {
            let version =
                crate::simulate::python_version(self.image).unwrap_or_else(|| "3.12".into());
            return (
                format!("/usr/local/lib/python{version}/site-packages"),
                vec![],
            );
        }
        // `/opt/venv/bin/pip install …` uses that venv.
        if let Some(root) = self.program_path.rsplit_once("/bin/").map(|(root, _)| root)
            && !root.is_empty()
            && !root.starts_with("/usr")
        {
            return (self.shell.path(root), vec!["venv"]);
        }
        if let Some(venv) = self.shell.venv(self.image) {
            return (venv, vec!["venv"]);
        }
        (
            format!(
                "/usr/local/lib/python{}/site-packages",
                crate::simulate::python_version(self.image).unwrap_or_else(|| "3.12".into())
            ),
            vec![],
        )
    }

    pub(super) fn pip(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("install") => self.pip_install(args),
            Some("wheel") => self.pip_wheel(args),
            Some("freeze" | "list" | "--version" | "cache") => {}
            _ => self.unknown(),
        }
    }

    pub(super) fn pip_install(&mut self, args: &[String]) {
        if !self.needs_tool("python") {
            return;
        }
        let Some(python) = self.scenario.python.clone() else {
            return self.unknown();
        };
        let packages: Vec<&str> = positional(args).into_iter().skip(1).collect();
        let requirements = flag_value(args, &["-r", "--requirement"]);
        if let Some(file) = &requirements {
            let path = self.shell.path(file);
            if !self.needs_file(&path) {
                return;
            }
        }
        let from_wheels = has_flag(args, &["--no-index", "--find-links", "-f"])
            || packages.iter().any(|package| {
                package.ends_with(".whl")
                    || self
                        .image
                        .files
                        .find(
                            &self
                                .shell
                                .path(package.trim_end_matches("/*").trim_end_matches("*.whl")),
                        )
                        .is_some_and(|entry| entry.has("wheels"))
            });
        if requirements.is_none() && !from_wheels {
            // `pip install uv`, `pip install --upgrade pip`: tools, not the project.
            if packages
                .iter()
                .all(|p| matches!(*p, "pip" | "uv" | "setuptools" | "wheel" | "virtualenv"))
            {
                return;
            }
            if packages != ["."] {
                return self.unknown();
            }
        }
        if python.needs_compiler && !from_wheels && !self.image.has("compiler") {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingCompiler { command });
            return;
        }
        let (target, extra) = self.pip_target(args);
        let mut tags = vec!["dependencies", "python-packages"];
        tags.extend(extra);
        // Packages belong to one Python version, and compiled ones to one libc.
        let wheel_tags: Vec<String> = packages
            .iter()
            .filter_map(|package| {
                let dir = self
                    .shell
                    .path(package.trim_end_matches("/*").trim_end_matches("*.whl"));
                self.image
                    .files
                    .find(&dir)
                    .filter(|entry| entry.has("wheels"))
                    .map(|entry| entry.tags.clone())
            })
            .flatten()
            .filter(|tag| tag.starts_with("for-"))
            .collect();
        let built_for = if from_wheels && !wheel_tags.is_empty() {
            wheel_tags
        } else {
            self.built_for(python.needs_compiler)
        };
        // Into an existing venv, packages add to it; elsewhere they make a new folder.
        let venv = self
            .image
            .files
            .entries
            .iter_mut()
            .find(|entry| entry.path == target && entry.has("venv"));
        match venv {
            Some(venv) => venv.size += python.packages.0,
            None => self.add(target.clone(), python.packages.0, &tags, true),
        }
        let tags: Vec<String> = tags
            .iter()
            .map(|tag| tag.to_string())
            .chain(built_for)
            .collect();
        self.tag(&target, tags);
    }

    /// `for-python3.12`, and `for-glibc` or `for-musl` for compiled code.
    pub(super) fn built_for(&self, compiled: bool) -> Vec<String> {
        let mut tags: Vec<String> = crate::simulate::python_version(self.image)
            .map(|version| format!("for-python{version}"))
            .into_iter()
            .collect();
        // An image the table does not know: its libc is unknown too.
        if compiled && self.image.base.row.is_some() {
            let libc = if self.image.has("glibc") {
                "for-glibc"
            } else {
                "for-musl"
            };
            tags.push(libc.to_string());
        }
        tags
    }

    pub(super) fn tag(&mut self, path: &str, tags: Vec<String>) {
        if let Some(entry) = self
            .image
            .files
            .entries
            .iter_mut()
            .find(|entry| entry.path == path)
        {
            for tag in tags {
                if !entry.has(&tag) {
                    entry.tags.push(tag);
                }
            }
        }
    }

    pub(super) fn pip_wheel(&mut self, args: &[String]) {
        if !self.needs_tool("python") {
            return;
        }
        let Some(python) = self.scenario.python.clone() else {
            return self.unknown();
        };
        if python.needs_compiler && !self.image.has("compiler") {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingCompiler { command });
            return;
        }
        let dir = flag_value(args, &["-w", "--wheel-dir"]).unwrap_or_else(|| ".".into());
        let path = self.shell.path(&dir);
        self.add(path.clone(), python.packages.0, &["wheels"], true);
        let built_for = self.built_for(python.needs_compiler);
        self.tag(&path, built_for);
    }

    pub(super) fn uv(&mut self, args: &[String]) {
        let words = positional(args);
        match words.as_slice() {
            ["sync", ..] => {
                if !self.needs_tool("python") {
                    return;
                }
                let Some(python) = self.scenario.python.clone() else {
                    return self.unknown();
                };
                let project = self.shell.path("pyproject.toml");
                if !self.needs_file(&project) {
                    return;
                }
                let environment = self
                    .var("UV_PROJECT_ENVIRONMENT")
                    .unwrap_or_else(|| ".venv".into());
                let path = self.shell.path(&environment);
                if has_flag(args, &["--no-dev"]) {
                    let tags = ["dependencies", "python-packages", "venv"];
                    self.add(path.clone(), python.packages.0, &tags, true);
                } else {
                    let tags = [
                        "dependencies",
                        "dev-dependencies",
                        "python-packages",
                        "venv",
                    ];
                    self.add(path.clone(), python.packages.0, &tags, true);
                }
                let built_for = self.built_for(python.needs_compiler);
                self.tag(&path, built_for);
            }
            ["venv", rest @ ..] => {
                let dir = rest.first().copied().unwrap_or(".venv");
                let dir = self.shell.path(dir);
                self.venv(dir);
            }
            ["pip", "install", ..] => self.pip_install(&args[1..]),
            _ => self.unknown(),
        }
    }
}
