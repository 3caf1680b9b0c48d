//! The build simulation: what each stage holds, file by file, and so what
//! the final image ships and how big it is — without Docker. It walks the
//! stages in order over the stage graph: `FROM` starts from the base
//! image's contents (`images.rs`) or an earlier stage, `COPY`/`ADD` move
//! entries from the build context (the exercise's scenario, `.dockerignore`
//! applied) or from another stage (`fs.rs`), and `RUN` applies the commands
//! the knowledge base of `run/` understands. Whatever would make the real
//! build fail (a missing source, a tool absent from the stage) is a blocking
//! [`Note`]; an unknown command is a note too, never a guess.

pub mod fs;
pub mod images;
mod notes;
mod run;
pub mod scenario;

use crate::dockerfile::{Dockerfile, Instruction, Keyword};
use crate::graph::{BaseKind, ReferenceKind, Resolution, StageGraph};
use crate::shell::Lexer;

pub use fs::{Entry, Filesystem};
pub use images::ImageRow;
pub use notes::{Note, NoteKind};
pub use scenario::{ContextKind, Scenario, Size};

/// `PATH` when the image does not set one (BuildKit's default).
pub const DEFAULT_PATH: &str = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/// Where each base-image capability lives, so that a `COPY --from` of it
/// (CA certificates, the composer binary) works as it does in Docker.
const PROVIDED_PATHS: [(&str, &str); 12] = [
    ("node", "/usr/local/bin/node"),
    ("python", "/usr/local/bin/python3"),
    ("php", "/usr/local/bin/php"),
    ("composer", "/usr/bin/composer"),
    ("go", "/usr/local/go"),
    ("compiler", "/usr/bin/gcc"),
    ("ca-certificates", "/etc/ssl/certs"),
    ("shell", "/bin/sh"),
    ("glibc", "/lib/x86_64-linux-gnu/libc.so.6"),
    ("uv", "/usr/local/bin/uv"),
    ("java", "/opt/java/openjdk"),
    ("apt", "/usr/bin/apt-get"),
];

/// The image a stage starts from.
#[derive(Debug, Clone)]
pub struct Base {
    /// The reference after `ARG` substitution, or `scratch`.
    pub image: String,
    /// Its row in the table; `None` for `scratch` and unknown images.
    pub row: Option<&'static ImageRow>,
    /// Size on disk; `None` when the table does not know the image.
    pub size: Option<u64>,
}

/// How a stage starts a container: `ENTRYPOINT` and `CMD`.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Start {
    pub entrypoint: Option<StartCommand>,
    pub cmd: Option<StartCommand>,
}

/// One `CMD` or `ENTRYPOINT`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartCommand {
    /// `CMD` or `ENTRYPOINT`.
    pub keyword: &'static str,
    /// In JSON (exec) form.
    pub exec: bool,
    /// The words (the shell form split on blanks).
    pub words: Vec<String>,
    pub line: usize,
    /// Written in this Dockerfile (not inherited from the base image).
    pub written: bool,
}

/// What one stage holds once its instructions have run.
#[derive(Debug, Clone)]
pub struct StageImage {
    pub base: Base,
    pub files: Filesystem,
    pub workdir: String,
    pub env: Vec<(String, String)>,
    pub start: Start,
    /// A `RUN` of this stage runs the tests.
    pub runs_tests: bool,
    /// `USER`, when set.
    pub user: Option<String>,
    /// A `CMD` was written in this stage itself (not inherited).
    pub cmd_set_here: bool,
    /// The users `/etc/passwd` holds, as far as known: the image's, and those
    /// `useradd`/`adduser` created. Empty when unknown.
    pub users: Vec<String>,
    /// Files removed by a later instruction than the one that added them:
    /// gone from the file system, still in the image's layers.
    pub shadowed: Vec<Shadowed>,
    pub notes: Vec<Note>,
}

/// A file a `RUN rm` (or `mv`, or `npm prune`) hid, and where.
#[derive(Debug, Clone)]
pub struct Shadowed {
    pub entry: Entry,
    /// The line of the instruction that removed it.
    pub removed_at: usize,
}

impl StageImage {
    /// Estimated size on disk, every layer included; `None` when the base
    /// image's size is unknown.
    pub fn size(&self) -> Option<u64> {
        let hidden: u64 = self
            .shadowed
            .iter()
            .map(|shadowed| shadowed.entry.size)
            .sum();
        self.base
            .size
            .map(|base| base + self.files.total_size() + hidden)
    }

    /// Sets a variable, replacing its earlier value (`ENV PATH=…:$PATH`).
    pub fn set_env(&mut self, name: &str, value: String) {
        match self.env.iter_mut().find(|(key, _)| key == name) {
            Some(pair) => pair.1 = value,
            None => self.env.push((name.to_string(), value)),
        }
    }

    /// A variable of the stage's environment.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.env
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// The user's home folder: `/root` unless `USER` names someone else.
    pub fn home(&self) -> String {
        match self
            .user
            .as_deref()
            .map(|user| user.split(':').next().unwrap_or(user))
        {
            None | Some("root" | "0" | "") => "/root".into(),
            Some(user) => format!("/home/{user}"),
        }
    }

    /// Whether something in the stage carries `tag`.
    pub fn has(&self, tag: &str) -> bool {
        self.files.entries.iter().any(|entry| entry.has(tag))
    }
}

/// The simulated build: every stage, and which one is the image.
#[derive(Debug, Clone)]
pub struct Simulation {
    pub stages: Vec<StageImage>,
    /// Each stage's name as BuildKit calls it (`builder`, `stage-1`).
    pub names: Vec<String>,
    pub target: usize,
}

impl Simulation {
    /// The image `docker build` gives.
    pub fn image(&self) -> &StageImage {
        &self.stages[self.target]
    }

    /// Every note of the stages the target builds, in line order.
    pub fn notes<'a>(&'a self, graph: &'a StageGraph) -> Vec<&'a Note> {
        let mut notes: Vec<&Note> = self
            .stages
            .iter()
            .zip(&graph.stages)
            .filter(|(_, stage)| stage.built)
            .flat_map(|(image, _)| &image.notes)
            .collect();
        notes.sort_by_key(|note| note.line);
        notes
    }
}

/// The `major.minor` of the stage's Python, when its base image says it
/// (`python:3.11-slim`; distroless `python3-debian12` and Debian 12's own
/// `python3` are 3.11). `None` for a floating tag (`python:3`) or an image
/// whose Python is unknown.
pub fn python_version(image: &StageImage) -> Option<String> {
    let reference = images::normalize(&image.base.image);
    const DISTRIBUTIONS: [(&str, &str); 6] = [
        ("distroless/python3-debian12", "3.11"),
        ("distroless/python3-debian13", "3.13"),
        ("debian:12", "3.11"),
        ("debian:bookworm", "3.11"),
        ("ubuntu:24.04", "3.12"),
        ("ubuntu:22.04", "3.10"),
    ];
    if let Some((_, version)) = DISTRIBUTIONS
        .iter()
        .find(|(name, _)| reference.contains(name))
    {
        return Some(version.to_string());
    }
    let python_image =
        reference.starts_with("python:") || reference.contains("astral-sh/uv:python");
    let tag = reference.rsplit_once(':').map_or("", |(_, tag)| tag);
    let tag = tag.strip_prefix("python").unwrap_or(tag);
    let numbers: Vec<&str> = tag
        .split(|c: char| !(c.is_ascii_digit() || c == '.'))
        .next()
        .unwrap_or("")
        .split('.')
        .filter(|part| !part.is_empty())
        .collect();
    match numbers.as_slice() {
        [major, minor, ..] if python_image => Some(format!("{major}.{minor}")),
        _ => None,
    }
}

/// The build context: the scenario's files under `/`, without what
/// `.dockerignore` excludes.
pub fn context(scenario: &Scenario) -> Filesystem {
    let mut files = Filesystem::default();
    for file in &scenario.context {
        let relative = file.path.trim_end_matches('/');
        if ignored(&scenario.dockerignore, relative) {
            continue;
        }
        let name = relative.rsplit('/').next().unwrap_or("");
        // A folder ends with `/`; otherwise a name without extension is taken
        // as one (`src`), except the usual extensionless files.
        const FILES: [&str; 9] = [
            "Makefile",
            "LICENSE",
            "Dockerfile",
            "Procfile",
            "Gemfile",
            "Caddyfile",
            "Jenkinsfile",
            "Rakefile",
            "README",
        ];
        let dir = file.path.ends_with('/')
            || matches!(file.kind, ContextKind::Vcs | ContextKind::Dependencies)
            || (!name.contains('.') && !FILES.contains(&name));
        let mut entry = Entry::new(
            fs::resolve("/", relative),
            file.size.0,
            file.kind.tags(),
            dir,
        );
        entry.tags.push(format!("file:{relative}"));
        files.add(entry);
    }
    files
}

/// Whether `.dockerignore` excludes `path` (relative to the context): the
/// last matching pattern wins, `!` re-includes, a pattern also covers what
/// lies under what it names, `**` matches any number of folders.
fn ignored(patterns: &[String], path: &str) -> bool {
    let mut excluded = false;
    for pattern in patterns {
        let (negated, pattern) = match pattern.strip_prefix('!') {
            Some(rest) => (true, rest),
            None => (false, pattern.as_str()),
        };
        let pattern = pattern.trim().trim_start_matches('/').trim_end_matches('/');
        if pattern.is_empty() || pattern.starts_with('#') {
            continue;
        }
        if ignore_pattern_matches(pattern, path) {
            excluded = !negated;
        }
    }
    excluded
}

fn ignore_pattern_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.split('/').collect();
    let path: Vec<&str> = path.split('/').collect();
    // A pattern naming a folder also names everything under it: compare with each prefix.
    (1..=path.len()).any(|len| components_match(&pattern, &path[..len]))
}

fn components_match(pattern: &[&str], path: &[&str]) -> bool {
    match pattern.split_first() {
        None => path.is_empty(),
        Some((&"**", rest)) => (0..=path.len()).any(|skip| components_match(rest, &path[skip..])),
        Some((first, rest)) => {
            !path.is_empty() && fs::glob_match(first, path[0]) && components_match(rest, &path[1..])
        }
    }
}

/// Where a file system's unknown paths stand when a `COPY --from` asks for one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unknown {
    /// Nothing is there but what the simulation knows (the build context, scratch).
    Absent,
    /// The operating system's folders (`/etc`, `/usr`…) of a real image hold
    /// files the simulation does not list (`/etc/passwd`, `/usr/share/zoneinfo`).
    SystemFiles,
    /// An image the table does not know: anything may be there.
    Anything,
}

/// Folders where an operating system keeps files the simulation does not
/// list one by one (`/etc/passwd`, `/usr/share/zoneinfo`, libraries…).
/// Application folders (`/usr/src/app`, `/usr/local/src`) are not among them.
const SYSTEM_FOLDERS: [&str; 12] = [
    "/etc",
    "/lib",
    "/lib64",
    "/bin",
    "/sbin",
    "/usr/bin",
    "/usr/sbin",
    "/usr/lib",
    "/usr/libexec",
    "/usr/share",
    "/usr/local/bin",
    "/usr/local/lib",
];

/// Whether `path` lies in an operating system's own folders.
pub fn is_system_path(path: &str) -> bool {
    SYSTEM_FOLDERS
        .iter()
        .any(|folder| path != *folder && fs::is_within(path, folder))
}

impl Unknown {
    fn may_hold(self, path: &str) -> bool {
        match self {
            Unknown::Absent => false,
            Unknown::SystemFiles => is_system_path(path),
            Unknown::Anything => path != "/",
        }
    }

    fn of(base: &Base) -> Unknown {
        match base.row {
            _ if base.image == "scratch" => Unknown::Absent,
            Some(_) => Unknown::SystemFiles,
            None => Unknown::Anything,
        }
    }
}

/// The contents of a base image: one entry per capability the table lists
/// (their size is in the image's own).
fn base_image(image: &str) -> (Base, Filesystem) {
    let mut files = Filesystem::default();
    if image.eq_ignore_ascii_case("scratch") {
        return (
            Base {
                image: "scratch".into(),
                row: None,
                size: Some(0),
            },
            files,
        );
    }
    let row = images::lookup(image);
    if let Some(row) = row {
        for (capability, path) in PROVIDED_PATHS {
            let provided = row.provides(capability)
                || (capability == "apt" && row.provides("glibc") && row.provides("shell"));
            if !provided {
                continue;
            }
            // Distroless keeps its runtime where its ENTRYPOINT says (/nodejs/bin/node).
            let path = row
                .entrypoint
                .first()
                .filter(|program| {
                    program
                        .rsplit('/')
                        .next()
                        .is_some_and(|name| name.starts_with(capability))
                })
                .map_or(path, String::as_str);
            files.add(Entry::new(path, 0, &["base-image", capability], false));
            // Node images put npm, npx and yarn beside node; distroless does not.
            if capability == "node" && row.entrypoint.is_empty() {
                for tool in ["npm", "npx", "yarn"] {
                    let at = format!("/usr/local/bin/{tool}");
                    files.add(Entry::new(at, 0, &["base-image", "node"], false));
                }
            }
        }
    }
    let start = Base {
        image: image.to_string(),
        row,
        size: row.map(ImageRow::on_disk),
    };
    (start, files)
}

/// Simulates the build of `dockerfile` for its graph's target.
pub fn simulate(
    dockerfile: &Dockerfile<'_>,
    graph: &StageGraph,
    scenario: &Scenario,
) -> Simulation {
    let context = context(scenario);
    let lexer = Lexer::new(dockerfile.escape);
    let mut stages: Vec<StageImage> = Vec::with_capacity(graph.stages.len());
    for stage in &graph.stages {
        let from = &dockerfile.instructions[stage.instructions.start];
        let mut image = match stage.base_kind {
            BaseKind::Stage(earlier) if earlier < stages.len() => {
                let mut inherited = stages[earlier].clone();
                inherited.notes.clear();
                inherited.runs_tests = false;
                inherited.cmd_set_here = false;
                inherited
            }
            _ => {
                let (base, files) = base_image(&stage.base);
                let entrypoint = base
                    .row
                    .filter(|row| !row.entrypoint.is_empty())
                    .map(|row| StartCommand {
                        keyword: "ENTRYPOINT",
                        exec: true,
                        words: row.entrypoint.clone(),
                        line: from.start_line,
                        written: false,
                    });
                let mut notes = Vec::new();
                if base.size.is_none() {
                    notes.push(Note::new(
                        from.start_line,
                        NoteKind::UnknownImage {
                            image: stage.base.clone(),
                        },
                    ));
                }
                let workdir = base
                    .row
                    .and_then(|row| row.workdir.clone())
                    .unwrap_or_else(|| "/".into());
                let users = base.row.map(|row| row.users.clone()).unwrap_or_default();
                StageImage {
                    base,
                    files,
                    workdir,
                    users,
                    // What BuildKit sets when the image does not say.
                    env: vec![("PATH".into(), DEFAULT_PATH.into())],
                    start: Start {
                        entrypoint,
                        cmd: None,
                    },
                    runs_tests: false,
                    user: None,
                    cmd_set_here: false,
                    shadowed: Vec::new(),
                    notes,
                }
            }
        };
        for index in stage.instructions.clone().skip(1) {
            let instruction = &dockerfile.instructions[index];
            let step = Step {
                instruction,
                index,
                graph,
                stages: &stages,
                context: &context,
                scenario,
                lexer: &lexer,
            };
            step.apply(&mut image);
        }
        stages.push(image);
    }
    Simulation {
        stages,
        names: graph.stages.iter().map(|stage| stage.label()).collect(),
        target: graph.target,
    }
}

/// One instruction applied to the stage being built, with what it may read.
struct Step<'a, 'src> {
    instruction: &'a Instruction<'src>,
    index: usize,
    graph: &'a StageGraph,
    stages: &'a [StageImage],
    context: &'a Filesystem,
    scenario: &'a Scenario,
    lexer: &'a Lexer,
}

/// What a `--from` reads: files, the stage they come from, and what may
/// lie beyond what the simulation knows.
struct Source {
    files: Filesystem,
    stage: Option<usize>,
    unknown: Unknown,
    /// The accounts of its `/etc/passwd`, for a copy of that file.
    users: Vec<String>,
}

impl Step<'_, '_> {
    fn line(&self) -> usize {
        self.instruction.start_line
    }

    /// `$VAR` and `${VAR}` of the stage's environment expanded.
    fn expand(&self, image: &StageImage, word: &str) -> String {
        self.lexer
            .process_word(word, image.env.as_slice())
            .map(|expansion| expansion.result)
            .unwrap_or_else(|_| word.to_string())
    }

    fn missing_arguments(&self, image: &mut StageImage, keyword: Keyword) {
        image.notes.push(Note::new(
            self.line(),
            NoteKind::MissingArguments {
                keyword: keyword.name(),
            },
        ));
    }

    fn apply(&self, image: &mut StageImage) {
        let command = &self.instruction.command;
        let Some(keyword) = command.kind() else {
            return;
        };
        match keyword {
            Keyword::Workdir => match command.args.first() {
                Some(dir) => {
                    let dir = self.expand(image, dir);
                    image.workdir = fs::resolve(&image.workdir, &dir);
                }
                None => self.missing_arguments(image, keyword),
            },
            Keyword::Env => {
                for pair in command.args.chunks(2) {
                    if let [key, value] = pair {
                        let value = self.expand(image, value);
                        image.set_env(key, value);
                    }
                }
            }
            // A stage's ARG is in the environment of the RUNs after it.
            Keyword::Arg => {
                for arg in &command.args {
                    let (name, value) = match arg.split_once('=') {
                        Some((name, value)) => (name, Some(self.expand(image, value))),
                        None => (arg.as_ref(), None),
                    };
                    let value = value.or_else(|| {
                        self.graph
                            .global_args
                            .iter()
                            .find(|global| global.name == name)
                            .and_then(|global| global.value.clone())
                    });
                    if let Some(value) = value {
                        image.set_env(name, value);
                    }
                }
            }
            Keyword::User => {
                if let Some(user) = command.args.first() {
                    image.user = Some(self.expand(image, user));
                }
            }
            Keyword::Copy | Keyword::Add => self.copy(image),
            Keyword::Run => self.run(image),
            Keyword::Cmd | Keyword::Entrypoint => {
                let words: Vec<String> = if command.json {
                    command.args.iter().map(|arg| arg.to_string()).collect()
                } else {
                    command
                        .args
                        .iter()
                        .flat_map(|arg| arg.split_whitespace())
                        .map(str::to_string)
                        .collect()
                };
                let start = StartCommand {
                    keyword: keyword.name(),
                    exec: command.json,
                    words,
                    line: self.line(),
                    written: true,
                };
                if keyword == Keyword::Cmd {
                    image.start.cmd = Some(start);
                    image.cmd_set_here = true;
                } else {
                    // An ENTRYPOINT resets the CMD the stage inherited (from
                    // its image or an earlier stage), as BuildKit does.
                    image.start.entrypoint = Some(start);
                    if !image.cmd_set_here {
                        image.start.cmd = None;
                    }
                }
            }
            _ => {}
        }
    }

    /// The files the `nth` `--from` of this kind in the instruction names
    /// (a RUN may mount from several stages).
    fn source_of(&self, image: &mut StageImage, kind: ReferenceKind, nth: usize) -> Option<Source> {
        let reference = self
            .graph
            .references
            .iter()
            .filter(|reference| reference.instruction == self.index && reference.kind == kind)
            .nth(nth)?;
        match reference.resolution {
            Resolution::Stage(stage) if stage < self.stages.len() => {
                let source = &self.stages[stage];
                let unknown = match Unknown::of(&source.base) {
                    // A stage's own work is known; only its base's system files are not.
                    Unknown::Anything => Unknown::SystemFiles,
                    other => other,
                };
                Some(Source {
                    files: source.files.clone(),
                    stage: Some(stage),
                    unknown,
                    users: source.users.clone(),
                })
            }
            Resolution::Image => {
                let (base, files) = base_image(&reference.written);
                if base.row.is_none() {
                    image.notes.push(Note::new(
                        self.line(),
                        NoteKind::UnknownImageFiles {
                            image: reference.written.clone(),
                        },
                    ));
                }
                let users = base.row.map(|row| row.users.clone()).unwrap_or_default();
                Some(Source {
                    files,
                    stage: None,
                    unknown: Unknown::of(&base),
                    users,
                })
            }
            _ => {
                image.notes.push(Note::new(
                    self.line(),
                    NoteKind::UnresolvedFrom {
                        written: reference.written.clone(),
                    },
                ));
                None
            }
        }
    }

    fn copy(&self, image: &mut StageImage) {
        let command = &self.instruction.command;
        if command.args.len() < 2 {
            return self.missing_arguments(image, command.kind().unwrap_or(Keyword::Copy));
        }
        let source = if command.flag("from").is_some() {
            match self.source_of(image, ReferenceKind::CopyFrom, 0) {
                Some(source) => source,
                None => return,
            }
        } else {
            Source {
                files: self.context.clone(),
                stage: None,
                unknown: Unknown::Absent,
                users: Vec::new(),
            }
        };
        let Some((destination, sources)) = command.args.split_last() else {
            return;
        };
        let destination_text = self.expand(image, destination);
        let destination = fs::resolve(&image.workdir, &destination_text);
        // The classic builder refused several sources into a destination
        // without a final `/`; BuildKit copies into the folder. Worth a word.
        let folder_written = destination_text.ends_with('/')
            || destination_text == "."
            || destination_text.ends_with("/.");
        if sources.len() > 1 && !folder_written {
            image.notes.push(Note::new(
                self.line(),
                NoteKind::DestinationNotFolder {
                    destination: destination_text.clone(),
                },
            ));
        }
        // Docker copies into the destination when it is a folder: written
        // with a final `/` or `.`, the WORKDIR (which exists), or a folder already there.
        let into_dir = destination_text.ends_with('/')
            || destination_text.ends_with("/.")
            || destination_text == "."
            || sources.len() > 1
            || destination == image.workdir
            || image
                .files
                .find(&destination)
                .is_some_and(|entry| entry.dir && entry.path == destination)
            || image
                .files
                .under(&destination)
                .any(|entry| entry.path != destination);
        let named = |name: &str| {
            if into_dir {
                fs::resolve(&destination, name)
            } else {
                destination.clone()
            }
        };
        for written in sources {
            let written = self.expand(image, written);
            let mut created = |path: String, size: u64, tag: &str| {
                let mut entry = Entry::new(path, size, &[tag], false);
                entry.layer = self.index;
                image.files.add(entry);
            };
            if let Some(name) = written.strip_prefix("<<") {
                let heredoc_name = name.trim_start_matches('-').trim_matches(['"', '\'']);
                created(named(heredoc_name), 1_000, "other");
                continue;
            }
            if written.contains("://") || written.starts_with("git@") {
                let name = written.rsplit('/').next().unwrap_or("download");
                let path = named(name);
                // A certificate bundle fetched where TLS libraries look for one.
                let tag = if fs::is_within(&path, "/etc/ssl")
                    && (path.ends_with(".pem") || path.ends_with(".crt"))
                {
                    "ca-certificates"
                } else {
                    "download"
                };
                created(path, 0, tag);
                continue;
            }
            let absolute = fs::resolve("/", &written);
            let selections = source.files.select(&absolute);
            if selections.is_empty() {
                // BuildKit copies with AllowEmptyWildcard: `yarn.lock*` may match nothing.
                if fs::has_glob(&absolute) {
                    continue;
                }
                if source.unknown.may_hold(&absolute) {
                    // A file of the image the simulation does not list: assume
                    // it is there, and a known tool by its name (`composer`).
                    let name = absolute.rsplit('/').next().unwrap_or("");
                    let tool = PROVIDED_PATHS
                        .iter()
                        .find(|(capability, path)| {
                            *capability != "shell" && path.rsplit('/').next() == Some(name)
                        })
                        .map_or("image-files", |(capability, _)| capability);
                    created(named(name), 0, tool);
                } else {
                    image.notes.push(Note::new(
                        self.line(),
                        NoteKind::MissingSource {
                            path: written.clone(),
                            from: command.flag("from").map(str::to_string),
                        },
                    ));
                }
                continue;
            }
            // `COPY --exclude=src --exclude=**/*.test.js . .` (Dockerfile 1.19).
            let excludes: Vec<String> = command
                .flags
                .iter()
                .filter_map(|flag| flag.strip_prefix("--exclude="))
                .map(|pattern| self.expand(image, pattern))
                .collect();
            let selections: Vec<fs::Selection> = selections
                .into_iter()
                .map(|mut selection| {
                    if !excludes.is_empty() {
                        let name = selection.name.clone();
                        selection.items.retain(|(relative, _)| {
                            let key = relative.trim_start_matches('/');
                            !ignored(&excludes, if key.is_empty() { &name } else { key })
                        });
                    }
                    selection
                })
                .filter(|selection| !selection.items.is_empty())
                .collect();
            let into = into_dir || has_glob_or_root(&absolute);
            image
                .files
                .place(selections, &destination, into, source.stage, self.index);
        }
        // `COPY --from=build /etc/passwd /etc/passwd` brings that stage's accounts.
        if fs::resolve(&image.workdir, &destination_text) == "/etc/passwd"
            || (into_dir && destination == "/etc" && sources.iter().any(|s| s.ends_with("passwd")))
        {
            image.users = source.users;
        }
    }

    fn run(&self, image: &mut StageImage) {
        let command = &self.instruction.command;
        if command.args.is_empty() && self.instruction.heredocs.is_empty() {
            return self.missing_arguments(image, Keyword::Run);
        }
        // `RUN <<EOF` runs the heredoc as the script; `RUN cat > f <<EOF`
        // runs the command line, the heredoc being its standard input.
        let only_heredoc = command.args.len() == 1 && command.args[0].starts_with("<<");
        let script: String =
            if let (true, Some(heredoc)) = (only_heredoc, self.instruction.heredocs.first()) {
                if self.lacks_shell(image) {
                    image.notes.push(Note::new(self.line(), NoteKind::NoShell));
                    return;
                }
                heredoc.content.to_string()
            } else if command.json {
                let words: Vec<&str> = command.args.iter().map(|arg| arg.as_ref()).collect();
                match words.as_slice() {
                    [shell, "-c", script, ..] if shell.ends_with("sh") => script.to_string(),
                    _ => {
                        let mut words: Vec<String> = words.iter().map(|w| w.to_string()).collect();
                        let mounted = self.mount(image);
                        run::run_words(&mut words, image, self.scenario, self.line(), self.index);
                        self.unmount(image, mounted);
                        return;
                    }
                }
            } else {
                if self.lacks_shell(image) {
                    image.notes.push(Note::new(self.line(), NoteKind::NoShell));
                    return;
                }
                command
                    .args
                    .iter()
                    .map(|arg| arg.as_ref())
                    .collect::<Vec<&str>>()
                    .join(" ")
            };
        let mounted = self.mount(image);
        run::run_script(&script, image, self.scenario, self.line(), self.index);
        self.unmount(image, mounted);
    }

    /// Whether the stage surely has no `/bin/sh` (an unknown image may well have one).
    fn lacks_shell(&self, image: &StageImage) -> bool {
        image.base.image == "scratch" || (image.base.row.is_some() && !image.has("shell"))
    }

    /// `RUN --mount=type=bind,…`: the files are there for this command only.
    fn mount(&self, image: &mut StageImage) -> Vec<String> {
        let mut mounted = Vec::new();
        let mut mounts_from = 0;
        for flag in &self.instruction.command.flags {
            let Some(spec) = flag.strip_prefix("--mount=") else {
                continue;
            };
            let mut kind = "bind";
            let (mut source, mut target, mut from) = ("", "", None);
            for field in spec.split(',') {
                let (key, value) = field.split_once('=').unwrap_or((field, ""));
                match key {
                    "type" => kind = value,
                    "source" | "src" => source = value,
                    "target" | "dst" | "destination" => target = value,
                    "from" => from = Some(value),
                    _ => {}
                }
            }
            let nth = mounts_from;
            if from.is_some() {
                mounts_from += 1;
            }
            if kind != "bind" || target.is_empty() {
                continue;
            }
            let files = match from {
                None => self.context.clone(),
                Some(_) => match self.source_of(image, ReferenceKind::MountFrom, nth) {
                    Some(source) => source.files,
                    None => continue,
                },
            };
            let target = fs::resolve(&image.workdir, target);
            let selections = files.select(&fs::resolve("/", source));
            if selections.is_empty() {
                continue;
            }
            if !image.files.exists(&target) {
                image
                    .files
                    .place(selections, &target, false, None, self.index);
                mounted.push(target);
            }
        }
        mounted
    }

    fn unmount(&self, image: &mut StageImage, mounted: Vec<String>) {
        for target in mounted {
            image.files.remove(&target);
        }
    }
}

fn has_glob_or_root(path: &str) -> bool {
    fs::has_glob(path) || path == "/"
}

#[cfg(test)]
mod tests;
