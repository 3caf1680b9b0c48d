//! python, pip, virtualenv and uv: where packages go (system, venv,
//! `--user`, `--prefix`, `--target`, wheels) and what they were built for.

use super::*;
use crate::simulate::fs::Abi;

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
                            if self.needs_tool(Tag::Python) {
                                let dir = self.session.path(dir);
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
        let mut venv = Entry::new(dir, VENV, &[Tag::Venv], true);
        // A venv points at the Python that made it.
        venv.abi = self.built_for(false);
        self.write(venv);
    }

    /// Where `pip install` puts packages, by its options and the venv in use.
    pub(super) fn pip_target(&self, args: &[String]) -> (String, Vec<Tag>) {
        let user_site = || {
            let home = self.var("HOME").unwrap_or_else(|| "/root".into());
            (fs::resolve(&home, ".local"), vec![])
        };
        if has_flag(args, &["--user"]) {
            return user_site();
        }
        // --target puts packages right in the folder; --prefix under its
        // lib/pythonX.Y/site-packages; --root=/r installs as usual, under /r
        // (/r/usr/local/lib/pythonX.Y/site-packages).
        if let Some(target) = flag_value(args, &["--target", "-t"]) {
            return (self.session.path(&target), vec![]);
        }
        if let Some(prefix) = flag_value(args, &["--prefix"]) {
            return (self.session.path(&prefix), vec![Tag::PrefixLayout]);
        }
        if let Some(root) = flag_value(args, &["--root"]) {
            let root = self.session.path(&root);
            return (fs::resolve(&root, "usr/local"), vec![Tag::PrefixLayout]);
        }
        // `uv pip install --python /opt/venv/bin/python`: that interpreter's venv.
        if let Some(python) = flag_value(args, &["--python", "-p"])
            && let Some((root, _)) = python.rsplit_once("/bin/")
        {
            return (self.session.path(root), vec![Tag::Venv]);
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
            return (self.session.path(root), vec![Tag::Venv]);
        }
        if let Some(venv) = self.session.venv(self.image) {
            return (venv, vec![Tag::Venv]);
        }
        let site = format!(
            "/usr/local/lib/python{}/site-packages",
            crate::simulate::python_version(self.image).unwrap_or_else(|| "3.12".into())
        );
        // pip as another user than root: "Defaulting to user installation
        // because normal site-packages is not writeable".
        match self.session.identity() {
            Some(who) if !who.is_root() => user_site(),
            _ => (site, vec![]),
        }
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
        if !self.needs_tool(Tag::Python) {
            return;
        }
        let Some(python) = self.scenario.python.clone() else {
            return self.unknown();
        };
        let packages: Vec<&str> = positional(args).into_iter().skip(1).collect();
        let requirements = flag_value(args, &["-r", "--requirement"]);
        if let Some(file) = &requirements {
            let path = self.session.path(file);
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
                                .session
                                .path(package.trim_end_matches("/*").trim_end_matches("*.whl")),
                        )
                        .is_some_and(|entry| entry.has(&Tag::Wheels))
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
        if python.needs_compiler && !from_wheels && !self.image.has(&Tag::Compiler) {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingCompiler { command });
            return;
        }
        let (target, extra) = self.pip_target(args);
        let mut tags = vec![Tag::Dependencies, Tag::PythonPackages];
        tags.extend(extra);
        // Packages belong to one Python version, and compiled ones to one libc.
        let wheels_abi = packages.iter().find_map(|package| {
            let dir = self
                .session
                .path(package.trim_end_matches("/*").trim_end_matches("*.whl"));
            self.image
                .files
                .find(&dir)
                .filter(|entry| entry.has(&Tag::Wheels))
                .map(|entry| entry.abi.clone())
        });
        let built_for = match wheels_abi {
            Some(abi) if from_wheels => abi,
            _ => self.built_for(python.needs_compiler),
        };
        // Into an existing venv, packages add to it; elsewhere they make a new folder.
        let existing = self
            .image
            .files
            .find(&target)
            .filter(|entry| entry.path == target && entry.has(&Tag::Venv))
            .cloned();
        match existing {
            Some(mut venv) => {
                if !self.may_write(&fs::resolve(&target, "lib")) {
                    return;
                }
                venv.size += python.packages.0;
                for tag in tags {
                    venv.tag(tag);
                }
                if built_for.libc.is_some() {
                    venv.abi.libc = built_for.libc;
                }
                if let Some(own) = self
                    .image
                    .files
                    .entries
                    .iter_mut()
                    .find(|e| e.path == target)
                {
                    *own = venv;
                }
            }
            None => {
                let mut entry = Entry::new(target, python.packages.0, &tags, true);
                entry.abi = built_for;
                self.write(entry);
            }
        }
    }

    /// The Python these packages were installed by, and the libc compiled
    /// code links against (unknown on an image outside the table).
    pub(super) fn built_for(&self, compiled: bool) -> Abi {
        Abi {
            python: crate::simulate::python_version(self.image),
            libc: if compiled { self.image.libc() } else { None },
            arch: compiled.then(|| self.image.platform.arch.clone()),
        }
    }

    pub(super) fn pip_wheel(&mut self, args: &[String]) {
        if !self.needs_tool(Tag::Python) {
            return;
        }
        let Some(python) = self.scenario.python.clone() else {
            return self.unknown();
        };
        if python.needs_compiler && !self.image.has(&Tag::Compiler) {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingCompiler { command });
            return;
        }
        let dir = flag_value(args, &["-w", "--wheel-dir"]).unwrap_or_else(|| ".".into());
        let path = self.session.path(&dir);
        let mut wheels = Entry::new(path, python.packages.0, &[Tag::Wheels], true);
        wheels.abi = self.built_for(python.needs_compiler);
        self.write(wheels);
    }

    pub(super) fn uv(&mut self, args: &[String]) {
        let words = positional(args);
        match words.as_slice() {
            ["sync", ..] => {
                if !self.needs_tool(Tag::Python) {
                    return;
                }
                let Some(python) = self.scenario.python.clone() else {
                    return self.unknown();
                };
                let project = self.session.path("pyproject.toml");
                if !self.needs_file(&project) {
                    return;
                }
                let environment = self
                    .var("UV_PROJECT_ENVIRONMENT")
                    .unwrap_or_else(|| ".venv".into());
                let path = self.session.path(&environment);
                let mut tags = vec![Tag::Dependencies, Tag::PythonPackages, Tag::Venv];
                if !has_flag(args, &["--no-dev"]) {
                    tags.push(Tag::DevDependencies);
                }
                let mut venv = Entry::new(path, python.packages.0, &tags, true);
                venv.abi = self.built_for(python.needs_compiler);
                self.write(venv);
            }
            ["venv", rest @ ..] => {
                let dir = rest.first().copied().unwrap_or(".venv");
                let dir = self.session.path(dir);
                self.venv(dir);
            }
            ["pip", "install", ..] => self.pip_install(&args[1..]),
            _ => self.unknown(),
        }
    }
}
