//! The knowledge base of `RUN`: the commands whose effect on a stage the
//! simulation knows (package managers, builds, tests, `apt-get`, `rm`…).
//! A script is split into simple commands (`&&`, `||`, `;`, `|`, new
//! lines), quotes respected; `cd`, `export` and an activated venv carry
//! over to the commands after them, as in a shell. Sizes come from the
//! scenario. What is not known is reported, never guessed.

use super::fs::{self, Entry};
use super::notes::{Note, NoteKind};
use super::scenario::{ContextKind, Scenario};
use super::{Shadowed, StageImage};

/// Rough sizes of what system package managers install, for estimates.
const APT_LISTS: u64 = 45_000_000;
const COMPILER_PACKAGES: u64 = 220_000_000;
const OTHER_PACKAGE: u64 = 10_000_000;
const VENV: u64 = 15_000_000;
const CA_CERTIFICATES: u64 = 500_000;

/// Packages that bring a C compiler (Debian's and Alpine's names).
const COMPILER_PACKAGES_NAMES: [&str; 9] = [
    "gcc",
    "g++",
    "build-essential",
    "make",
    "clang",
    "build-base",
    "musl-dev",
    "libc-dev",
    "libc6-dev",
];

/// Splits a shell script into simple commands, each a list of words.
fn split_commands(script: &str) -> Vec<Vec<String>> {
    let mut commands = Vec::new();
    let mut words: Vec<String> = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = script.chars().peekable();
    let end_word = |word: &mut String, words: &mut Vec<String>, in_word: &mut bool| {
        if *in_word {
            words.push(std::mem::take(word));
            *in_word = false;
        }
    };
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('\n') => {}
                Some(next) => {
                    word.push(next);
                    in_word = true;
                }
                None => {}
            },
            '\'' => {
                in_word = true;
                for next in chars.by_ref() {
                    if next == '\'' {
                        break;
                    }
                    word.push(next);
                }
            }
            '"' => {
                in_word = true;
                while let Some(next) = chars.next() {
                    match next {
                        '"' => break,
                        '\\' => {
                            if let Some(escaped) = chars.next() {
                                word.push(escaped);
                            }
                        }
                        other => word.push(other),
                    }
                }
            }
            '#' if !in_word => {
                for next in chars.by_ref() {
                    if next == '\n' {
                        break;
                    }
                }
                end_word(&mut word, &mut words, &mut in_word);
                commands.push(std::mem::take(&mut words));
            }
            '&' | '|' | ';' | '\n' | '(' | ')' | '{' | '}'
                if !(c == '{' || c == '}') || !in_word =>
            {
                end_word(&mut word, &mut words, &mut in_word);
                commands.push(std::mem::take(&mut words));
            }
            c if c.is_whitespace() => end_word(&mut word, &mut words, &mut in_word),
            c => {
                word.push(c);
                in_word = true;
            }
        }
    }
    end_word(&mut word, &mut words, &mut in_word);
    commands.push(words);
    commands.retain(|command| !command.is_empty());
    commands
}

/// A shell-form `RUN` (or `sh -c`) on `image`.
pub(super) fn run_script(
    script: &str,
    image: &mut StageImage,
    scenario: &Scenario,
    line: usize,
    layer: usize,
) {
    let mut shell = Shell::new(image, layer);
    // One frame per open `if`: whether its current branch runs, and whether
    // one of its branches already ran.
    let mut branches: Vec<(bool, bool)> = Vec::new();
    let running = |branches: &[(bool, bool)]| branches.iter().all(|(runs, _)| *runs);
    for mut words in split_commands(script) {
        match words[0].as_str() {
            keyword @ ("if" | "elif") => {
                if keyword == "if" {
                    branches.push((false, false));
                }
                let outer = branches.len().saturating_sub(1);
                let enclosing = running(&branches[..outer]);
                let Some(frame) = branches.last_mut() else {
                    continue;
                };
                // Files tested with `[ -f … ]` are looked up; anything else takes the first branch.
                let holds =
                    enclosing && !frame.1 && shell.condition(&words[1..], image).unwrap_or(true);
                *frame = (holds, frame.1 || holds);
                continue;
            }
            "else" => {
                if let Some(frame) = branches.last_mut() {
                    *frame = (!frame.1, true);
                }
                words.remove(0);
            }
            "fi" | "done" => {
                if words[0] == "fi" {
                    branches.pop();
                }
                continue;
            }
            // A loop's body is simulated once.
            "for" | "while" | "until" => continue,
            "then" | "do" => {
                words.remove(0);
            }
            _ => {}
        }
        if !words.is_empty() && running(&branches) {
            shell.simple(&mut words, image, scenario, line);
        }
    }
}

/// An exec-form `RUN ["npm", "ci"]`: one command, no shell.
pub(super) fn run_words(
    words: &mut Vec<String>,
    image: &mut StageImage,
    scenario: &Scenario,
    line: usize,
    layer: usize,
) {
    let mut shell = Shell::new(image, layer);
    shell.simple(words, image, scenario, line);
}

/// What a shell remembers from one command to the next within a `RUN`.
struct Shell {
    cwd: String,
    env: Vec<(String, String)>,
    /// `apt-get update` ran in this RUN (lists are usually removed after).
    apt_updated: bool,
    /// The instruction whose layer this RUN writes.
    layer: usize,
    /// `apk add --virtual NAME …`: the packages each name groups.
    package_groups: Vec<(String, Vec<String>)>,
}

impl Shell {
    fn new(image: &StageImage, layer: usize) -> Shell {
        let mut env = vec![("HOME".to_string(), image.home())];
        env.extend(image.env.iter().cloned());
        Shell {
            cwd: image.workdir.clone(),
            env,
            apt_updated: image.has("apt-lists"),
            layer,
            package_groups: Vec::new(),
        }
    }

    fn var(&self, name: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The venv that `pip` and `python` use: activated, or first on PATH.
    fn venv(&self, image: &StageImage) -> Option<String> {
        if let Some(venv) = self.var("VIRTUAL_ENV") {
            return Some(fs::resolve("/", venv));
        }
        let path = self.var("PATH")?;
        path.split(':').find_map(|dir| {
            let root = dir.strip_suffix("/bin")?;
            let root = fs::resolve("/", root);
            image
                .files
                .find(&root)
                .filter(|entry| entry.path == root && entry.has("venv"))
                .map(|_| root)
        })
    }

    /// `$NAME` and `${NAME}` replaced where the value is known; others stay as written.
    fn expand(&self, word: &str, inline: &[(String, String)]) -> String {
        let mut out = String::with_capacity(word.len());
        let mut rest = word;
        while let Some(at) = rest.find('$') {
            out.push_str(&rest[..at]);
            let after = &rest[at + 1..];
            let (name, consumed) = match after.strip_prefix('{') {
                Some(braced) => match braced.find('}') {
                    Some(end) => (&braced[..end], end + 2),
                    None => ("", 0),
                },
                None => {
                    let end = after
                        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                        .unwrap_or(after.len());
                    (&after[..end], end)
                }
            };
            let value = inline
                .iter()
                .rev()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.as_str())
                .or_else(|| self.var(name));
            match value {
                Some(value) if !name.is_empty() => {
                    out.push_str(value);
                    rest = &after[consumed..];
                }
                _ => {
                    out.push('$');
                    rest = after;
                }
            }
        }
        out.push_str(rest);
        out
    }

    /// The value of a `test` / `[ … ]` condition on files, when it is one.
    fn condition(&self, words: &[String], image: &StageImage) -> Option<bool> {
        let mut words: Vec<&str> = words.iter().map(String::as_str).collect();
        if matches!(words.first(), Some(&"[" | &"[[" | &"test")) {
            words.remove(0);
        }
        if matches!(words.last(), Some(&"]" | &"]]")) {
            words.pop();
        }
        let negated = words.first() == Some(&"!");
        if negated {
            words.remove(0);
        }
        match words.as_slice() {
            [operator @ ("-f" | "-e" | "-d" | "-s" | "-r"), path] => {
                let path = self.path(path);
                let found = match *operator {
                    "-d" => {
                        image.files.find(&path).is_some_and(|entry| entry.dir)
                            || image.files.under(&path).any(|entry| entry.path != path)
                    }
                    _ => image.files.exists(&path),
                };
                Some(found != negated)
            }
            _ => None,
        }
    }

    fn path(&self, word: &str) -> String {
        fs::resolve(&self.cwd, word)
    }

    fn simple(
        &mut self,
        words: &mut Vec<String>,
        image: &mut StageImage,
        scenario: &Scenario,
        line: usize,
    ) {
        // `NAME=value command`: variables for that command only.
        let mut inline = Vec::new();
        while let Some((key, value)) = words.first().and_then(|word| assignment(word)) {
            inline.push((key, value));
            words.remove(0);
        }
        while matches!(
            words.first().map(String::as_str),
            Some("sudo" | "exec" | "time" | "nohup")
        ) {
            words.remove(0);
        }
        for word in words.iter_mut() {
            if word.contains('$') {
                *word = self.expand(word, &inline);
            }
        }
        let Some(program_path) = words.first().cloned() else {
            self.env.extend(inline);
            return;
        };
        let program = program_path.rsplit('/').next().unwrap_or("").to_string();
        let args: Vec<String> = words[1..].to_vec();
        let shown = words.join(" ");
        let mut run = Command {
            shell: self,
            image,
            scenario,
            line,
            shown: &shown,
            inline,
            program_path: &program_path,
        };
        run.dispatch(&program, &args);
    }
}

fn assignment(word: &str) -> Option<(String, String)> {
    let (key, value) = word.split_once('=')?;
    let valid = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    valid.then(|| (key.to_string(), value.to_string()))
}

/// The account `useradd` or `adduser` (Debian's or BusyBox's) creates:
/// the first word that is neither an option nor an option's value.
fn created_user(args: &[String]) -> Option<String> {
    const WITH_VALUE: [&str; 20] = [
        "-u",
        "-g",
        "-G",
        "-d",
        "-s",
        "-c",
        "-k",
        "-e",
        "-f",
        "-K",
        "-p",
        "-b",
        "-h",
        "--uid",
        "--gid",
        "--home",
        "--shell",
        "--gecos",
        "--ingroup",
        "--comment",
    ];
    let mut words = args.iter();
    while let Some(word) = words.next() {
        if WITH_VALUE.contains(&word.as_str()) {
            words.next();
        } else if !word.starts_with('-') {
            return Some(word.clone());
        }
    }
    None
}

/// `--flag value` written as `--flag=value`, for the flags named.
fn joined_values(args: &[String], flags: &[&str]) -> Vec<String> {
    let mut joined = Vec::with_capacity(args.len());
    let mut words = args.iter();
    while let Some(arg) = words.next() {
        if flags.contains(&arg.as_str()) {
            match words.next() {
                Some(value) => joined.push(format!("{arg}={value}")),
                None => joined.push(arg.clone()),
            }
        } else {
            joined.push(arg.clone());
        }
    }
    joined
}

/// Arguments that are not options.
fn positional(args: &[String]) -> Vec<&str> {
    args.iter()
        .map(String::as_str)
        .filter(|arg| !arg.starts_with('-'))
        .collect()
}

fn has_flag(args: &[String], flags: &[&str]) -> bool {
    args.iter().any(|arg| {
        flags
            .iter()
            .any(|flag| arg == flag || arg.starts_with(&format!("{flag}=")))
    })
}

/// The value of `--name=value`, `--name value` or `-n value`.
fn flag_value(args: &[String], names: &[&str]) -> Option<String> {
    for (i, arg) in args.iter().enumerate() {
        for name in names {
            if let Some(value) = arg
                .strip_prefix(name)
                .and_then(|rest| rest.strip_prefix('='))
            {
                return Some(value.to_string());
            }
            if arg == name {
                return args.get(i + 1).cloned();
            }
        }
    }
    None
}

/// One simple command being applied.
struct Command<'a> {
    shell: &'a mut Shell,
    image: &'a mut StageImage,
    scenario: &'a Scenario,
    line: usize,
    shown: &'a str,
    inline: Vec<(String, String)>,
    program_path: &'a str,
}

impl Command<'_> {
    fn note(&mut self, kind: NoteKind) {
        self.image.notes.push(Note::new(self.line, kind));
    }

    fn unknown(&mut self) {
        let command = self.shown.to_string();
        self.note(NoteKind::UnknownCommand { command });
    }

    fn var(&self, name: &str) -> Option<String> {
        self.inline
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .or_else(|| self.shell.var(name).map(str::to_string))
    }

    /// Whether the stage has `tool`; notes it when not.
    fn needs_tool(&mut self, tool: &'static str) -> bool {
        let present = self.image.has(tool)
            // An image the table does not know: assume it has what it needs.
            || (self.image.base.row.is_none() && self.image.base.image != "scratch");
        if !present {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingTool { tool, command });
        }
        present
    }

    /// Whether `path` exists; notes it when not.
    fn needs_file(&mut self, path: &str) -> bool {
        let present = self.image.files.exists(path);
        if !present {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingFile {
                path: path.to_string(),
                command,
            });
        }
        present
    }

    /// Writes an entry, over whatever was there: what an earlier layer held
    /// at that path stays in that layer (`npm ci` over a `node_modules`).
    fn add(&mut self, path: String, size: u64, tags: &[&str], dir: bool) {
        let replaced = self.image.files.remove(&path);
        self.shadow(replaced);
        let mut entry = Entry::new(path, size, tags, dir);
        entry.layer = self.shell.layer;
        self.image.files.add(entry);
    }

    /// Removes what lies at `path`; what an earlier instruction wrote stays
    /// in its layer, hidden but shipped.
    fn remove(&mut self, path: &str) {
        let removed = self.image.files.remove(path);
        self.shadow(removed);
    }

    fn shadow(&mut self, removed: Vec<Entry>) {
        for entry in removed {
            if entry.layer != 0 && entry.layer < self.shell.layer && entry.size > 0 {
                self.image.shadowed.push(Shadowed {
                    entry,
                    removed_at: self.line,
                });
            }
        }
    }

    fn dispatch(&mut self, program: &str, args: &[String]) {
        match program {
            "cd" => {
                let home = self.var("HOME").unwrap_or_else(|| "/root".into());
                let dir = args.first().cloned().unwrap_or(home);
                self.shell.cwd = self.shell.path(&dir);
            }
            "export" => {
                for arg in args {
                    if let Some(pair) = assignment(arg) {
                        self.shell.env.push(pair);
                    }
                }
            }
            "." | "source" => {
                if let Some(root) = args
                    .first()
                    .and_then(|script| script.strip_suffix("/bin/activate"))
                {
                    let root = self.shell.path(root);
                    self.shell.env.push(("VIRTUAL_ENV".into(), root));
                }
            }
            "set"
            | "true"
            | ":"
            | "echo"
            | "printf"
            | "mkdir"
            | "touch"
            | "chmod"
            | "chown"
            | "ln"
            | "ls"
            | "cat"
            | "test"
            | "["
            | "addgroup"
            | "groupadd"
            | "update-ca-certificates"
            | "id"
            | "whoami"
            | "sleep"
            | "env"
            | "groupmod"
            | "usermod"
            | "chgrp"
            | "sed"
            | "find"
            | "grep"
            | "which"
            | "docker-php-ext-install"
            | "docker-php-ext-enable"
            | "docker-php-ext-configure"
            | "pecl" => {}
            "corepack" => self.corepack(args),
            "useradd" | "adduser" => {
                if let Some(user) = created_user(args) {
                    self.image.users.push(user);
                }
            }
            "rm" => {
                // A variable of the image's own environment: the path is unknown.
                for path in positional(args)
                    .into_iter()
                    .filter(|path| !path.contains('$'))
                {
                    let path = self.shell.path(path);
                    self.remove(&path);
                }
            }
            "cp" | "mv" => self.copy_within(program == "mv", args),
            "npm" => self.npm(args),
            "yarn" => self.yarn(args),
            "pnpm" => self.pnpm(args),
            "npx" | "tsc" | "jest" | "vitest" => {
                let tool = if program == "npx" {
                    args.iter()
                        .find(|arg| !arg.starts_with('-'))
                        .map_or("", String::as_str)
                } else {
                    program
                };
                match tool {
                    "tsc" => self.node_build(),
                    "jest" | "vitest" | "mocha" => self.node_tests(),
                    _ => self.unknown(),
                }
            }
            "pip" | "pip3" => self.pip(args),
            _ if program.starts_with("python") => self.python(args),
            "virtualenv" => match positional(args).first() {
                Some(dir) => {
                    let dir = self.shell.path(dir);
                    self.venv(dir);
                }
                None => self.unknown(),
            },
            "pytest" => self.tests(),
            "uv" => self.uv(args),
            "composer" | "composer.phar" => self.composer(args),
            "phpunit" | "pest" => {
                if !self.image.has("dev-dependencies") {
                    let command = self.shown.to_string();
                    self.note(NoteKind::MissingDevDependencies { command });
                }
                self.tests();
            }
            "go" => self.go(args),
            "cargo" => self.cargo(args),
            "mvn" | "mvnw" => self.maven(args),
            "apt-get" | "apt" => self.apt(args),
            "apk" => self.apk(args),
            _ => self.unknown(),
        }
    }

    fn tests(&mut self) {
        self.image.runs_tests = true;
    }

    fn copy_within(&mut self, moving: bool, args: &[String]) {
        let paths = positional(args);
        if paths.iter().any(|path| path.contains('$')) {
            // Paths from the image's own variables (`$PHP_INI_DIR`): unknown, and harmless here.
            return;
        }
        let Some((destination, sources)) = paths.split_last() else {
            return;
        };
        let destination = self.shell.path(destination);
        let into_dir =
            sources.len() > 1 || self.image.files.find(&destination).is_some_and(|e| e.dir);
        for source in sources {
            let source = self.shell.path(source);
            let selections = self.image.files.select(&source);
            if selections.is_empty() {
                self.needs_file(&source);
                continue;
            }
            // cp -r of a folder onto a new name gives the folder that name.
            let selections: Vec<_> = selections
                .into_iter()
                .map(|mut selection| {
                    if selection.dir && into_dir {
                        let name = selection.name.clone();
                        for (relative, _) in &mut selection.items {
                            *relative = format!("/{name}{relative}");
                        }
                    }
                    selection
                })
                .collect();
            if moving {
                self.remove(&source);
            }
            let layer = self.shell.layer;
            self.image
                .files
                .place(selections, &destination, into_dir, None, layer);
        }
    }

    // ── Node.js ──────────────────────────────────────────────────────────

    /// `npm ci`, `yarn install`, `pnpm install`: `node_modules` in the project.
    /// `production`: `Some(true)` when the flags omit dev dependencies,
    /// `Some(false)` when they include them (`--include=dev`), `None` to
    /// follow `NODE_ENV`. `lockfile`: the command refuses to run without one
    /// (`npm ci`).
    fn node_install(&mut self, production: Option<bool>, lockfile: Option<&[&str]>) {
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
        let production = production
            .unwrap_or_else(|| self.var("NODE_ENV").is_some_and(|env| env == "production"));
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

    fn node_has_dev_dependencies(&self) -> bool {
        let modules = self.shell.path("node_modules");
        self.image
            .files
            .find(&modules)
            .is_some_and(|entry| entry.has("dev-dependencies"))
    }

    fn node_build(&mut self) {
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

    fn node_tests(&mut self) {
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

    fn node_prune(&mut self) {
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

    fn npm(&mut self, args: &[String]) {
        // `--omit dev` is `--omit=dev`: the value is not a positional word.
        let args = joined_values(args, &["--omit", "--include", "--only"]);
        let words = positional(&args);
        let omits_dev = args.iter().any(|a| {
            matches!(
                a.as_str(),
                "--omit=dev" | "--only=production" | "--only=prod" | "--production"
            )
        });
        let production = if args.iter().any(|a| a == "--include=dev") {
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

    fn yarn(&mut self, args: &[String]) {
        let production = has_flag(args, &["--production", "--prod"]).then_some(true);
        match positional(args).as_slice() {
            [] | ["install"] => self.node_install(production, None),
            ["build"] | ["run", "build"] => self.node_build(),
            [script] | ["run", script] if script.starts_with("test") => self.node_tests(),
            ["cache", ..] => {}
            _ => self.unknown(),
        }
    }

    fn pnpm(&mut self, args: &[String]) {
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
    fn corepack(&mut self, args: &[String]) {
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

    // ── Python ───────────────────────────────────────────────────────────

    fn python(&mut self, args: &[String]) {
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

    fn venv(&mut self, dir: String) {
        self.add(dir.clone(), VENV, &["venv"], true);
        // A venv points at the Python that made it.
        let built_for = self.built_for(false);
        self.tag(&dir, built_for);
    }

    /// Where `pip install` puts packages, by its options and the venv in use.
    fn pip_target(&self, args: &[String]) -> (String, Vec<&'static str>) {
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
            let version = super::python_version(self.image);
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
                super::python_version(self.image)
            ),
            vec![],
        )
    }

    fn pip(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("install") => self.pip_install(args),
            Some("wheel") => self.pip_wheel(args),
            Some("freeze" | "list" | "--version" | "cache") => {}
            _ => self.unknown(),
        }
    }

    fn pip_install(&mut self, args: &[String]) {
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
    fn built_for(&self, compiled: bool) -> Vec<String> {
        let mut tags = vec![format!("for-python{}", super::python_version(self.image))];
        if compiled {
            let libc = if self.image.has("glibc") {
                "for-glibc"
            } else {
                "for-musl"
            };
            tags.push(libc.to_string());
        }
        tags
    }

    fn tag(&mut self, path: &str, tags: Vec<String>) {
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

    fn pip_wheel(&mut self, args: &[String]) {
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

    fn uv(&mut self, args: &[String]) {
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

    // ── PHP ──────────────────────────────────────────────────────────────

    fn composer(&mut self, args: &[String]) {
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

    // ── Go, Rust, Java ───────────────────────────────────────────────────

    fn go(&mut self, args: &[String]) {
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

    fn go_binary(&mut self, output: String, go: &super::scenario::GoProject, args: &[String]) {
        let module = self.shell.path("go.mod");
        if !self.needs_file(&module) {
            return;
        }
        // `COPY go.mod go.sum ./` alone gives Go nothing to compile.
        let cwd = self.shell.cwd.clone();
        let project_has_sources = self
            .scenario
            .context
            .iter()
            .any(|file| file.kind == ContextKind::Source);
        if project_has_sources
            && !self
                .image
                .files
                .under(&cwd)
                .any(|entry| entry.has("sources"))
        {
            let command = self.shown.to_string();
            self.note(NoteKind::MissingFile {
                path: self.shell.path("*.go"),
                command,
            });
            return;
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

    fn cargo(&mut self, args: &[String]) {
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

    fn maven(&mut self, args: &[String]) {
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

    // ── System packages ──────────────────────────────────────────────────

    fn remove_packages(&mut self, packages: &[String]) {
        for package in packages {
            if COMPILER_PACKAGES_NAMES.contains(&package.as_str()) {
                self.remove("/usr/bin/gcc");
            } else {
                self.remove(&format!("/usr/bin/{package}"));
            }
        }
    }

    fn install_packages(&mut self, packages: &[&str]) {
        for package in packages {
            match *package {
                package if COMPILER_PACKAGES_NAMES.contains(&package) => {
                    self.add(
                        "/usr/bin/gcc".into(),
                        COMPILER_PACKAGES,
                        &["compiler"],
                        false,
                    );
                }
                "ca-certificates" => {
                    self.add(
                        "/etc/ssl/certs".into(),
                        CA_CERTIFICATES,
                        &["ca-certificates"],
                        true,
                    );
                }
                other => {
                    let name = other.split(['=', ':']).next().unwrap_or(other);
                    self.add(
                        format!("/usr/bin/{name}"),
                        OTHER_PACKAGE,
                        &["system-packages"],
                        true,
                    );
                }
            }
        }
    }

    fn apt(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("update") => {
                self.shell.apt_updated = true;
                self.add("/var/lib/apt/lists".into(), APT_LISTS, &["apt-lists"], true);
            }
            Some("install") => {
                if !self.needs_tool("apt") {
                    return;
                }
                if !self.shell.apt_updated {
                    let command = self.shown.to_string();
                    self.note(NoteKind::NoPackageLists { command });
                    return;
                }
                self.install_packages(&words[1..]);
            }
            Some("remove" | "purge" | "autoremove") => {
                let packages: Vec<String> = words[1..].iter().map(|p| p.to_string()).collect();
                self.remove_packages(&packages);
            }
            Some("clean" | "upgrade" | "dist-upgrade") => {}
            _ => self.unknown(),
        }
    }

    fn apk(&mut self, args: &[String]) {
        let words = positional(args);
        match words.first().copied() {
            Some("add") => {
                let virtual_name = flag_value(args, &["--virtual", "-t"]);
                let packages: Vec<&str> = words[1..]
                    .iter()
                    .copied()
                    .filter(|package| Some(*package) != virtual_name.as_deref())
                    .collect();
                self.install_packages(&packages);
                // `apk del .build-deps` removes what that name grouped.
                if let Some(name) = virtual_name {
                    let grouped = packages.iter().map(|p| p.to_string()).collect();
                    self.shell.package_groups.push((name, grouped));
                }
            }
            Some("del") => {
                let mut packages: Vec<String> = Vec::new();
                for word in &words[1..] {
                    match self
                        .shell
                        .package_groups
                        .iter()
                        .find(|(name, _)| name == word)
                    {
                        Some((_, grouped)) => packages.extend(grouped.iter().cloned()),
                        None => packages.push(word.to_string()),
                    }
                }
                self.remove_packages(&packages);
            }
            Some("update" | "upgrade" | "cache") => {}
            _ => self.unknown(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::split_commands;

    #[test]
    fn scripts_split_into_simple_commands_with_quotes_kept_together() {
        let commands = split_commands(
            "npm ci && npm run build \\\n  && echo 'a && b' ; CGO_ENABLED=0 go build -o \"/out/my app\" ./cmd",
        );
        assert_eq!(
            commands,
            vec![
                vec!["npm", "ci"],
                vec!["npm", "run", "build"],
                vec!["echo", "a && b"],
                vec!["CGO_ENABLED=0", "go", "build", "-o", "/out/my app", "./cmd"],
            ]
        );
    }
}
