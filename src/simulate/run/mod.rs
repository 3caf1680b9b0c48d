//! `RUN`: the program the instruction names (the stage's `SHELL` for a
//! shell form, `/bin/sh -c` by default), run as the stage's `USER`, and the
//! knowledge base of the commands it runs — package managers, builds,
//! tests, `apt-get`, `useradd`, `rm`… (one file per family). A shell script
//! runs as its shell would run it (`script.rs`): `&&` stops at the first
//! failure, `;` does not, `if` follows the files, the `RUN` fails with the
//! last command's status. A command that fails (a missing tool or file, a
//! folder the user may not write) fails the `RUN` when its status is the
//! script's; what is not known is reported, never guessed.

mod compiled;
mod files;
mod node;
mod php;
mod python;
mod system;
mod users;

use super::accounts::{Identity, Resolved};
use super::fs::{self, Entry, Executable};
use super::image::{CacheUse, Presence, StageImage};
use super::notes::{Note, NoteKind};
use super::scenario::{ContextKind, Scenario};
use super::script::{self, Command as ShellCommand, Connector, List, ShellKind, Word};
use super::tag::Tag;

/// How a command ended.
#[derive(Debug, Clone, PartialEq, Eq)]
enum Status {
    Ok,
    /// It failed, for this reason.
    Failed(NoteKind),
}

/// Programs the table says which images have: absent from a known image
/// that lacks the capability, they are surely missing.
const TOOLS: [(&str, Tag); 34] = [
    ("node", Tag::Node),
    ("npm", Tag::Node),
    ("npx", Tag::Node),
    ("yarn", Tag::Node),
    ("corepack", Tag::Node),
    ("python", Tag::Python),
    ("python3", Tag::Python),
    ("pip", Tag::Python),
    ("pip3", Tag::Python),
    ("php", Tag::Php),
    ("composer", Tag::Composer),
    ("go", Tag::Go),
    ("gcc", Tag::Compiler),
    ("cc", Tag::Compiler),
    ("make", Tag::Compiler),
    ("bash", Tag::Bash),
    ("uv", Tag::Uv),
    ("git", Tag::Git),
    ("unzip", Tag::Unzip),
    ("tini", Tag::Tini),
    ("tini-static", Tag::Tini),
    ("dumb-init", Tag::Tini),
    ("php-fpm", Tag::PhpFpm),
    ("apache2-foreground", Tag::Apache),
    ("apache2", Tag::Apache),
    ("apache2ctl", Tag::Apache),
    // Console scripts of Python packages: where pip put them, or nowhere.
    ("gunicorn", Tag::PythonPackages),
    ("uvicorn", Tag::PythonPackages),
    ("flask", Tag::PythonPackages),
    ("celery", Tag::PythonPackages),
    ("hypercorn", Tag::PythonPackages),
    ("daphne", Tag::PythonPackages),
    ("waitress-serve", Tag::PythonPackages),
    ("streamlit", Tag::PythonPackages),
];

/// Where a program name leads in `image`, with this `PATH`.
pub(super) fn find_program(image: &StageImage, program: &str, path: &str, cwd: &str) -> Presence {
    let (listed, program) = match program.rsplit_once('/') {
        // A path: there or not, or a known tool by its name.
        Some((_, name)) => match image.presence(&fs::resolve(cwd, program)) {
            Presence::Unknown => (false, name),
            known => return known,
        },
        None => {
            let listed = path
                .split(':')
                .filter(|dir| !dir.is_empty())
                .any(|dir| image.presence(&fs::resolve(dir, program)) == Presence::Yes);
            (listed, program)
        }
    };
    if listed {
        return Presence::Yes;
    }
    if !image.base.is_known() {
        return Presence::Unknown;
    }
    let row = image.base.row();
    let tool = TOOLS.iter().find(|(name, _)| *name == program);
    let busybox_lacks = matches!(program, "useradd" | "groupadd" | "usermod" | "groupmod")
        && row.is_some_and(|row| row.shell == Some(ShellKind::Ash));
    let wrong_family = match program {
        "apt-get" | "apt" | "dpkg" => image.libc() != Some(super::fs::Libc::Glibc),
        "apk" => image.libc() != Some(super::fs::Libc::Musl),
        _ => false,
    };
    if image.base.is_scratch()
        || row.is_some_and(|row| row.complete)
        || tool.is_some()
        || busybox_lacks
        || wrong_family
    {
        Presence::No
    } else {
        Presence::Unknown
    }
}

/// Runs a `RUN`'s program (`["/bin/sh", "-c", "…"]` or an exec form).
pub(super) fn run(
    argv: &[String],
    image: &mut StageImage,
    scenario: &Scenario,
    line: usize,
    layer: usize,
) {
    let Some(program) = argv.first() else {
        return;
    };
    // runc resolves the USER before anything runs.
    let identity = match image.identity() {
        Some(Ok(resolved)) => Some(resolved),
        Some(Err(error)) => {
            image
                .notes
                .push(Note::new(line, NoteKind::RunAsUnknownUser { error }));
            return;
        }
        None => None,
    };
    let path = image.var("PATH").unwrap_or(super::DEFAULT_PATH).to_string();
    let cwd = image.config.workdir.clone();
    if find_program(image, program, &path, &cwd) == Presence::No {
        let kind = if program.ends_with("sh") && argv.get(1).is_some_and(|a| a == "-c") {
            NoteKind::NoShell {
                shell: program.clone(),
            }
        } else {
            NoteKind::CommandNotFound {
                command: argv.join(" "),
            }
        };
        image.notes.push(Note::new(line, kind));
        return;
    }
    let mut session = Session::new(image, identity, layer);
    let status = match shell_script(argv, image) {
        Some((kind, text)) => {
            session.shell = kind;
            let parsed = script::parse(&text, kind);
            if parsed.too_deep {
                image.notes.push(Note::new(
                    line,
                    NoteKind::UnknownCommand {
                        command: format!("{}…", text.chars().take(40).collect::<String>()),
                    },
                ));
            }
            if let Some(bashism) = parsed.refused {
                Status::Failed(NoteKind::NotInShell {
                    construct: bashism.construct(),
                    shell: kind.name(),
                })
            } else {
                session.list(&parsed.list, image, scenario, line)
            }
        }
        None => {
            let words: Vec<Word> = argv
                .iter()
                .map(|text| Word {
                    parts: vec![(text.clone(), script::Quote::Single)],
                })
                .collect();
            session.simple(&[], &words, image, scenario, line)
        }
    };
    for (failure, at) in std::mem::take(&mut session.hidden_failures) {
        if Status::Failed(failure.clone()) != status {
            image.notes.push(Note::new(
                at,
                NoteKind::IgnoredFailure {
                    inner: Box::new(failure),
                },
            ));
        }
    }
    if let Status::Failed(kind) = status {
        image.notes.push(Note::new(line, kind));
    }
}

/// `["/bin/sh", "-c", script]` (or bash, ash…): the shell and its script.
fn shell_script(argv: &[String], image: &StageImage) -> Option<(ShellKind, String)> {
    let [program, flag, script, ..] = argv else {
        return None;
    };
    if !flag.starts_with('-') || !flag.contains('c') {
        return None;
    }
    // An image the checker does not know: its shell is unknown, so nothing
    // bash has is held against the script.
    let sh = if image.base.is_known() {
        image.sh()
    } else {
        Some(ShellKind::Bash)
    };
    let kind = ShellKind::of_program(program, sh)?;
    Some((kind, script.clone()))
}

/// What a shell remembers from one command to the next within a `RUN`.
struct Session {
    cwd: String,
    env: Vec<(String, String)>,
    /// Shell variables set without `export`: for `$NAME`, not for children.
    locals: Vec<(String, String)>,
    /// `apt-get update` ran in this RUN (lists are usually removed after).
    apt_updated: bool,
    /// The instruction whose layer this RUN writes.
    layer: usize,
    /// `apk add --virtual NAME …`: the packages each name groups.
    package_groups: Vec<(String, Vec<String>)>,
    /// Who runs the commands; `None` when the accounts are unknown.
    user: Option<Resolved>,
    shell: ShellKind,
    /// `set -e`: the first failure stops the script.
    errexit: bool,
    /// Failures whose status the script did not keep (`a; b`, `a || b`).
    hidden_failures: Vec<(NoteKind, usize)>,
}

impl Session {
    fn new(image: &StageImage, user: Option<Resolved>, layer: usize) -> Session {
        let home = user
            .as_ref()
            .map_or_else(|| image.home(), |resolved| resolved.home.clone());
        let mut env = vec![("HOME".to_string(), home)];
        env.extend(image.config.env.iter().cloned());
        Session {
            cwd: image.config.workdir.clone(),
            env,
            locals: Vec::new(),
            apt_updated: image.has(&Tag::AptLists),
            layer,
            package_groups: Vec::new(),
            user,
            shell: ShellKind::Dash,
            errexit: false,
            hidden_failures: Vec::new(),
        }
    }

    fn identity(&self) -> Option<Identity> {
        self.user.as_ref().map(|resolved| resolved.identity)
    }

    fn var(&self, name: &str) -> Option<&str> {
        self.env
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    fn lookup(&self, name: &str, inline: &[(String, String)]) -> Option<String> {
        inline
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .or_else(|| self.var(name).map(str::to_string))
            .or_else(|| {
                self.locals
                    .iter()
                    .rev()
                    .find(|(key, _)| key == name)
                    .map(|(_, value)| value.clone())
            })
            // BuildKit's platform ARGs reach a RUN only once the stage
            // declares them (`ARG TARGETARCH`): otherwise they are unset.
            .or_else(|| {
                crate::graph::AUTOMATIC_ARGS
                    .contains(&name)
                    .then(String::new)
            })
    }

    fn path(&self, word: &str) -> String {
        fs::resolve(&self.cwd, word)
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
                .filter(|entry| entry.path == root && entry.has(&Tag::Venv))
                .map(|_| root)
        })
    }

    /// Runs a list: each item in turn; its status is the last one's.
    fn list(
        &mut self,
        list: &List,
        image: &mut StageImage,
        scenario: &Scenario,
        line: usize,
    ) -> Status {
        let mut status = Status::Ok;
        for item in &list.items {
            if item.background {
                // The RUN's shell does not wait for it: the build step ends
                // and its container with it, the job killed half-way.
                image.notes.push(Note::new(line, NoteKind::Backgrounded));
                status = Status::Ok;
                continue;
            }
            status = self.pipeline(&item.first, image, scenario, line);
            for (connector, pipeline) in &item.rest {
                let runs = match connector {
                    Connector::And => status == Status::Ok,
                    Connector::Or => status != Status::Ok,
                };
                if !runs {
                    continue;
                }
                if let Status::Failed(kind) = &status {
                    // `a || b`: a's failure is handled.
                    self.hidden_failures.push((kind.clone(), line));
                }
                status = self.pipeline(pipeline, image, scenario, line);
            }
            if let Status::Failed(kind) = &status {
                if self.errexit {
                    return status;
                }
                self.hidden_failures.push((kind.clone(), line));
            }
        }
        status
    }

    fn pipeline(
        &mut self,
        pipeline: &script::Pipeline,
        image: &mut StageImage,
        scenario: &Scenario,
        line: usize,
    ) -> Status {
        let mut status = Status::Ok;
        for command in &pipeline.commands {
            if let Status::Failed(kind) = &status {
                self.hidden_failures.push((kind.clone(), line));
            }
            status = self.command(command, image, scenario, line);
        }
        if pipeline.negated {
            status = match status {
                Status::Ok => Status::Failed(NoteKind::NegatedSuccess),
                Status::Failed(_) => Status::Ok,
            };
        }
        status
    }

    fn command(
        &mut self,
        command: &ShellCommand,
        image: &mut StageImage,
        scenario: &Scenario,
        line: usize,
    ) -> Status {
        match command {
            ShellCommand::Simple {
                assignments,
                words,
                writes,
            } => {
                let inline: Vec<(String, String)> = assignments
                    .iter()
                    .map(|(name, value)| (name.clone(), value.expand(&|n| self.lookup(n, &[]))))
                    .collect();
                self.redirect_outputs(writes, words, image);
                self.simple(&inline, words, image, scenario, line)
            }
            ShellCommand::If {
                branches,
                otherwise,
            } => {
                for (condition, body) in branches {
                    // A condition on something else than files: the first branch.
                    let holds = self.condition(condition, image).unwrap_or(true);
                    if holds {
                        return self.list(body, image, scenario, line);
                    }
                }
                match otherwise {
                    Some(body) => self.list(body, image, scenario, line),
                    None => Status::Ok,
                }
            }
            ShellCommand::Loop { body } | ShellCommand::Group(body) => {
                self.list(body, image, scenario, line)
            }
            ShellCommand::Refused(bashism) => Status::Failed(NoteKind::NotInShell {
                construct: bashism.construct(),
                shell: self.shell.name(),
            }),
        }
    }

    /// The value of an `if` condition on files (`[ -f … ]`), when it is one.
    fn condition(&self, condition: &List, image: &StageImage) -> Option<bool> {
        let [item] = condition.items.as_slice() else {
            return None;
        };
        let [ShellCommand::Simple { words, .. }] = item.first.commands.as_slice() else {
            return None;
        };
        let mut words: Vec<String> = words
            .iter()
            .map(|word| word.expand(&|name| self.lookup(name, &[])))
            .collect();
        if matches!(words.first().map(String::as_str), Some("[" | "[[" | "test")) {
            words.remove(0);
        }
        if matches!(words.last().map(String::as_str), Some("]" | "]]")) {
            words.pop();
        }
        let negated = words.first().is_some_and(|word| word == "!") != item.first.negated;
        if words.first().is_some_and(|word| word == "!") {
            words.remove(0);
        }
        let holds = match words
            .iter()
            .map(String::as_str)
            .collect::<Vec<_>>()
            .as_slice()
        {
            [operator @ ("-f" | "-e" | "-d" | "-s" | "-r"), path] => {
                let path = self.path(path);
                match *operator {
                    "-d" => {
                        image.files.find(&path).is_some_and(|entry| entry.dir)
                            || image.files.under(&path).any(|entry| entry.path != path)
                    }
                    _ => image.files.exists(&path),
                }
            }
            _ => return None,
        };
        Some(holds != negated)
    }

    /// `> file`, `>> file`: the shell creates the file before the command
    /// runs. What the command prints of a build secret it reads (`cat
    /// /run/secrets/npmrc > .npmrc`) makes the file a secret too.
    fn redirect_outputs(
        &mut self,
        writes: &[(Word, bool)],
        words: &[Word],
        image: &mut StageImage,
    ) {
        if writes.is_empty() {
            return;
        }
        let reads_secret = words.iter().skip(1).any(|word| {
            let path = self.path(&word.expand(&|name| self.lookup(name, &[])));
            image
                .files
                .find(&path)
                .is_some_and(|entry| entry.has(&Tag::Secret))
        });
        for (target, _append) in writes {
            let path = self.path(&target.expand(&|name| self.lookup(name, &[])));
            if path.starts_with("/dev/") || path.starts_with("/proc/") {
                continue;
            }
            let existing = image
                .files
                .find(&path)
                .filter(|entry| entry.path == path && !entry.dir);
            match existing {
                Some(_) if reads_secret => {
                    if let Some(entry) = image
                        .files
                        .entries
                        .iter_mut()
                        .find(|entry| entry.path == path)
                    {
                        entry.tags.push(Tag::Secret);
                        entry.layer = self.layer;
                    }
                }
                Some(_) => {}
                None => {
                    let tags: &[Tag] = if reads_secret {
                        &[Tag::Secret]
                    } else {
                        &[Tag::Other]
                    };
                    let owner = self.identity().unwrap_or_default();
                    let mut entry = Entry::new(path, 100, tags, false).owned_by(owner);
                    entry.layer = self.layer;
                    image.files.add(entry);
                }
            }
        }
    }

    fn simple(
        &mut self,
        inline: &[(String, String)],
        words: &[Word],
        image: &mut StageImage,
        scenario: &Scenario,
        line: usize,
    ) -> Status {
        let mut inline = inline.to_vec();
        let mut words: Vec<String> = words
            .iter()
            .map(|word| word.expand(&|name| self.lookup(name, &inline)))
            .collect();
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
        let Some(program_path) = words.first().cloned() else {
            // `NAME=value` alone sets a shell variable: expanded later in
            // this RUN, but not exported to the commands it runs.
            self.locals.extend(inline);
            return Status::Ok;
        };
        let program = program_path.rsplit('/').next().unwrap_or("").to_string();
        let path = self
            .lookup("PATH", &inline)
            .unwrap_or_else(|| super::DEFAULT_PATH.into());
        if !BUILTINS.contains(&program.as_str())
            && find_program(image, &program_path, &path, &self.cwd) == Presence::No
        {
            return Status::Failed(NoteKind::CommandNotFound {
                command: words.join(" "),
            });
        }
        let args: Vec<String> = words[1..].to_vec();
        let shown = words.join(" ");
        let mut run = Command {
            session: self,
            image,
            scenario,
            line,
            shown: &shown,
            inline,
            program_path: &program_path,
            status: Status::Ok,
        };
        run.dispatch(&program, &args);
        run.status
    }
}

/// What the shell itself does, whatever the image holds.
const BUILTINS: [&str; 12] = [
    "cd", "export", "set", "true", "false", ":", "echo", "printf", "test", "[", "exit", ".",
];

fn assignment(word: &str) -> Option<(String, String)> {
    let (key, value) = word.split_once('=')?;
    let valid = !key.is_empty()
        && key.chars().all(|c| c.is_ascii_alphanumeric() || c == '_')
        && !key.starts_with(|c: char| c.is_ascii_digit());
    valid.then(|| (key.to_string(), value.to_string()))
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

/// Whether a short option letter is given, alone or grouped (`-y`, `-qy`).
fn has_short(args: &[String], letter: char) -> bool {
    args.iter().any(|arg| {
        arg.strip_prefix('-')
            .is_some_and(|rest| !rest.starts_with('-') && rest.contains(letter))
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
    session: &'a mut Session,
    image: &'a mut StageImage,
    scenario: &'a Scenario,
    line: usize,
    shown: &'a str,
    inline: Vec<(String, String)>,
    program_path: &'a str,
    status: Status,
}

impl Command<'_> {
    /// The command fails, for this reason (the first one stays).
    fn fail(&mut self, kind: NoteKind) {
        if self.status == Status::Ok {
            self.status = Status::Failed(kind);
        }
    }

    /// A remark that does not change the command's status.
    fn note(&mut self, kind: NoteKind) {
        self.image.notes.push(Note::new(self.line, kind));
    }

    fn unknown(&mut self) {
        let command = self.shown.to_string();
        self.note(NoteKind::UnknownCommand { command });
    }

    /// A variable the command sees: its own `NAME=value`s and the exported
    /// environment (not the script's unexported shell variables).
    fn var(&self, name: &str) -> Option<String> {
        self.inline
            .iter()
            .rev()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.clone())
            .or_else(|| self.session.var(name).map(str::to_string))
    }

    /// npm and its `npm_config_*` variables, read in any case.
    fn npm_config(&self, key: &str) -> Option<String> {
        let wanted = format!("npm_config_{key}");
        self.inline
            .iter()
            .rev()
            .chain(self.session.env.iter().rev())
            .find(|(name, _)| name.eq_ignore_ascii_case(&wanted))
            .map(|(_, value)| value.clone())
    }

    /// Whether the stage has what `tool` stands for; fails the command when
    /// it surely does not (an image the checker does not know may).
    fn needs_tool(&mut self, tool: Tag) -> bool {
        let present = self.image.has(&tool) || !self.image.base.is_known();
        if !present {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingTool { tool, command });
        }
        present
    }

    /// Whether `path` exists; fails the command when not.
    fn needs_file(&mut self, path: &str) -> bool {
        let present = self.image.files.exists(path);
        if !present {
            let command = self.shown.to_string();
            self.fail(NoteKind::MissingFile {
                path: path.to_string(),
                command,
            });
        }
        present
    }

    /// Whether the user may write `path` (create or replace it); fails the
    /// command with EACCES when not.
    fn may_write(&mut self, path: &str) -> bool {
        let Some(who) = self.session.identity() else {
            return true;
        };
        if self.image.can_create(who, path) == Presence::No {
            let user = self
                .image
                .config
                .user
                .clone()
                .unwrap_or_else(|| who.to_string());
            let folder = fs::resolve(path, "..");
            let command = self.shown.to_string();
            self.fail(NoteKind::PermissionDenied {
                path: path.to_string(),
                folder,
                user,
                command,
            });
            return false;
        }
        true
    }

    /// Writes an entry owned by the user, over whatever was there.
    fn add(&mut self, path: String, size: u64, tags: &[Tag], dir: bool) -> bool {
        if !self.may_write(&path) {
            return false;
        }
        let owner = self.session.identity().unwrap_or_default();
        let mut entry = Entry::new(path, size, tags, dir).owned_by(owner);
        entry.layer = self.session.layer;
        self.image.write(entry, self.line);
        true
    }

    /// A tool keeps its cache at `path`: written there (a folder of `size`,
    /// tagged as a build cache), and recorded with whether a cache mount
    /// holds it.
    fn cache(&mut self, tool: &'static str, path: String, size: u64) {
        let mounted = self.in_cache_mount(&path);
        self.image.cache_uses.push(CacheUse {
            line: self.line,
            tool,
            path: path.clone(),
            mounted,
        });
        if !self.image.files.exists(&path) {
            self.add(path, size, &[Tag::BuildCache], true);
        }
    }

    /// Whether `path` lies in a cache mount of this `RUN`.
    fn in_cache_mount(&self, path: &str) -> bool {
        self.image
            .cache_mounts
            .iter()
            .any(|target| path == target || path.starts_with(&format!("{target}/")))
    }

    /// Writes a prepared entry (its path, size and tags set).
    fn write(&mut self, mut entry: Entry) -> bool {
        if !self.may_write(&entry.path) {
            return false;
        }
        entry.owner = self.session.identity().unwrap_or_default();
        entry.layer = self.session.layer;
        self.image.write(entry, self.line);
        true
    }

    /// Removes what lies at `path`; what an earlier instruction wrote stays
    /// in its layer, hidden but shipped.
    fn remove(&mut self, path: &str) {
        let layer = self.session.layer;
        self.image.remove(path, layer, self.line);
    }

    fn tests(&mut self) {
        self.image.ran_tests = true;
    }

    fn dispatch(&mut self, program: &str, args: &[String]) {
        match program {
            "cd" => {
                let home = self.var("HOME").unwrap_or_else(|| "/root".into());
                let dir = args.first().cloned().unwrap_or(home);
                let target = self.session.path(&dir);
                if self.image.presence(&target) == Presence::No && !self.image.files.exists(&target)
                {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::MissingFile {
                        path: target,
                        command,
                    });
                } else {
                    self.session.cwd = target;
                }
            }
            "export" => {
                for arg in args {
                    if let Some(pair) = assignment(arg) {
                        self.session.env.push(pair);
                    }
                }
            }
            "." | "source" => {
                if let Some(root) = args
                    .first()
                    .and_then(|script| script.strip_suffix("/bin/activate"))
                {
                    let root = self.session.path(root);
                    self.session.env.push(("VIRTUAL_ENV".into(), root));
                }
            }
            "set" => {
                if args
                    .iter()
                    .any(|arg| arg.starts_with('-') && !arg.starts_with("--") && arg.contains('e'))
                    || args
                        .windows(2)
                        .any(|pair| pair[0] == "-o" && pair[1] == "errexit")
                {
                    self.session.errexit = true;
                }
            }
            "false" => self.fail(NoteKind::NegatedSuccess),
            "exit" => {
                if args.first().is_some_and(|code| code != "0") {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::ExitCode { command });
                }
            }
            "true"
            | ":"
            | "echo"
            | "printf"
            | "ls"
            | "cat"
            | "test"
            | "["
            | "update-ca-certificates"
            | "id"
            | "whoami"
            | "sleep"
            | "env"
            | "sed"
            | "find"
            | "grep"
            | "which"
            | "node"
            | "docker-php-ext-install"
            | "docker-php-ext-enable"
            | "docker-php-ext-configure"
            | "pecl"
            | "a2enmod"
            | "a2dismod"
            | "ldd"
            | "file"
            | "stat"
            | "du"
            | "tree" => {}
            "mkdir" => self.mkdir(args),
            "touch" => {
                for path in positional(args) {
                    let path = self.session.path(path);
                    if !self.image.files.exists(&path) {
                        self.add(path, 0, &[Tag::Other], false);
                    }
                }
            }
            "chmod" => self.chmod(args),
            "chown" | "chgrp" => self.chown(program, args),
            "ln" => {}
            "corepack" => self.corepack(args),
            "useradd" | "adduser" => self.user_add(args),
            "groupadd" | "addgroup" => self.group_add(args),
            "usermod" | "groupmod" => {
                self.needs_root();
            }
            "rm" => {
                // A variable of the image's own environment: the path is unknown.
                for path in positional(args)
                    .into_iter()
                    .filter(|path| !path.contains('$'))
                {
                    let path = self.session.path(path);
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
                    let dir = self.session.path(dir);
                    self.venv(dir);
                }
                None => self.unknown(),
            },
            "pytest" => self.tests(),
            "uv" => self.uv(args),
            "composer" | "composer.phar" => self.composer(args),
            "phpunit" | "pest" => {
                if !self.image.has(&Tag::DevDependencies) {
                    let command = self.shown.to_string();
                    self.fail(NoteKind::MissingDevDependencies { command });
                }
                self.tests();
            }
            "go" => self.go(args),
            // tonistiigi/xx's wrapper: go for $TARGETPLATFORM (src/xx-go).
            "xx-go" => {
                if let Some(target) = self
                    .var("TARGETPLATFORM")
                    .and_then(|platform| crate::graph::Platform::parse(&platform))
                {
                    self.inline.push(("GOOS".into(), target.os));
                    self.inline.push(("GOARCH".into(), target.arch));
                }
                self.go(args)
            }
            "cargo" => self.cargo(args),
            "mvn" | "mvnw" => self.maven(args),
            "apt-get" | "apt" => self.apt(args),
            "apk" => self.apk(args),
            _ => self.unknown(),
        }
    }

    /// Commands only root may run (`usermod`, `apt-get install`…).
    fn needs_root(&mut self) -> bool {
        match self.session.identity() {
            Some(who) if !who.is_root() => {
                let command = self.shown.to_string();
                let user = self.image.config.user.clone().unwrap_or_default();
                self.fail(NoteKind::NeedsRoot { command, user });
                false
            }
            _ => true,
        }
    }
}

#[cfg(test)]
mod tests;
