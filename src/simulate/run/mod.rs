//! The knowledge base of `RUN`: the commands whose effect on a stage the
//! simulation knows (package managers, builds, tests, `apt-get`, `rm`…).
//! A script is split into simple commands (`&&`, `||`, `;`, `|`, new
//! lines), quotes respected; `cd`, `export` and an activated venv carry
//! over to the commands after them, as in a shell. Sizes come from the
//! scenario. What is not known is reported, never guessed.

mod compiled;
mod node;
mod php;
mod python;
mod system;

use super::fs::{self, Entry};
use super::notes::{Note, NoteKind};
use super::scenario::{ContextKind, Scenario};
use super::{Shadowed, StageImage};

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
    /// Shell variables set without `export`: for `$NAME`, not for children.
    locals: Vec<(String, String)>,
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
            locals: Vec::new(),
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
                .or_else(|| self.var(name))
                .or_else(|| {
                    self.locals
                        .iter()
                        .rev()
                        .find(|(key, _)| key == name)
                        .map(|(_, value)| value.as_str())
                });
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
        // Wrappers that run the command after them: `env NAME=value cmd` too.
        while matches!(
            words.first().map(String::as_str),
            Some("sudo" | "exec" | "time" | "nohup" | "env")
        ) && words.len() > 1
        {
            words.remove(0);
            while let Some((key, value)) = words.first().and_then(|word| assignment(word)) {
                inline.push((key, value));
                words.remove(0);
            }
        }
        for word in words.iter_mut() {
            if word.contains('$') {
                *word = self.expand(word, &inline);
            }
        }
        let Some(program_path) = words.first().cloned() else {
            // `NAME=value` alone sets a shell variable: expanded later in
            // this RUN, but not exported to the commands it runs.
            self.locals.extend(inline);
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
    // Short options that take a value, alone (`-s /bin/bash`) or last in a
    // group (`-ms /bin/bash`), and the long ones (without `=`).
    const SHORT_WITH_VALUE: &str = "ugGdsckefKpbhU";
    const LONG_WITH_VALUE: [&str; 17] = [
        "--uid",
        "--gid",
        "--home",
        "--home-dir",
        "--shell",
        "--gecos",
        "--ingroup",
        "--comment",
        "--skel",
        "--groups",
        "--password",
        "--base-dir",
        "--expiredate",
        "--inactive",
        "--key",
        "--firstuid",
        "--lastuid",
    ];
    let mut words = args.iter();
    while let Some(word) = words.next() {
        let takes_value = if let Some(long) = word.strip_prefix("--") {
            !long.contains('=') && LONG_WITH_VALUE.contains(&word.as_str())
        } else if let Some(short) = word.strip_prefix('-') {
            short
                .chars()
                .last()
                .is_some_and(|last| SHORT_WITH_VALUE.contains(last))
        } else {
            return Some(word.clone());
        };
        if takes_value {
            words.next();
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
