//! The build simulation: each stage's image as Docker would build it — its
//! config, its files with their owners and modes, its accounts — and so
//! what the final image ships, how big it is, and how its container starts.
//! It walks the stages in order over the stage graph: `FROM` starts from
//! the base image (`images.rs`) or an earlier stage, `COPY`/`ADD` move
//! entries from the build context or another stage (`copy.rs`), `RUN`
//! runs its script through the image's shell and the knowledge base of
//! commands (`script.rs`, `run/`), the other instructions change the config
//! (`image.rs`). Whatever would make the real build fail is a blocking
//! [`Note`]; what the checker does not know is a note too, never a guess.
//! `start.rs` then works out what `docker run` does with the result.

mod accounts;
mod context;
mod copy;
pub mod dockerignore;
pub mod fs;
mod image;
pub mod images;
mod notes;
mod run;
pub mod scenario;
pub mod script;
pub mod start;
mod tag;

use crate::dockerfile::{Dockerfile, Instruction, Keyword};
use crate::graph::{BaseKind, StageGraph};
use crate::i18n::Lang;
use crate::image_ref::ImageRef;
use crate::shell::Lexer;

pub use accounts::{AccountError, Accounts, Identity};
pub use context::context;
pub use dockerignore::read as read_dockerignore;
pub use fs::{Entry, Executable, Filesystem, Libc};
pub use image::{
    Base, BaseImage, CacheUse, ImageConfig, Presence, Shadowed, StageImage, StartCommand,
    is_system_path,
};
pub use images::{DEFAULT_PATH, ImageRow};
pub use notes::{Note, NoteKind};
pub use scenario::{ContextKind, RuntimeNeed, Scenario, Size};
pub use start::{Launch, StartProblem, launch};
pub use tag::Tag;

/// The simulated build: every stage, and which one is the image.
#[derive(Debug, Clone)]
pub struct Simulation {
    pub stages: Vec<StageImage>,
    /// Each stage's name as BuildKit calls it (`builder`, `stage-1`).
    pub names: Vec<String>,
    pub target: usize,
}

/// One entry the final image holds besides its base, as a learner reads it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AddedFile {
    pub path: String,
    pub size: u64,
    /// What it is (« les dépendances », « le résultat du build »…).
    pub what: String,
    /// The stage it was copied from, by its BuildKit name.
    pub from: Option<String>,
}

impl Simulation {
    /// The image `docker build` gives.
    pub fn image(&self) -> &StageImage {
        &self.stages[self.target]
    }

    /// What the final image holds besides its base, by path: the list
    /// `check` prints and the exercise screen's « Image » tab shows.
    pub fn added_files(&self, lang: Lang) -> Vec<AddedFile> {
        let mut files: Vec<AddedFile> = self
            .image()
            .files
            .entries
            .iter()
            .filter(|entry| entry.is_added())
            .map(|entry| {
                let what = if entry.has(&Tag::DevDependencies) && entry.has(&Tag::Dependencies) {
                    lang.pick(
                        "les dépendances, développement compris",
                        "the dependencies, development ones included",
                    )
                    .to_string()
                } else {
                    entry
                        .tags
                        .iter()
                        .find(|tag| !matches!(tag, Tag::File(_)))
                        .map(|tag| tag.label(lang))
                        .unwrap_or_default()
                };
                AddedFile {
                    path: entry.path.clone(),
                    size: entry.size,
                    what,
                    from: entry.copied_from.map(|stage| self.stage_name(stage)),
                }
            })
            .collect();
        files.sort_by(|a, b| a.path.cmp(&b.path));
        files
    }

    /// A stage's name as BuildKit calls it.
    pub fn stage_name(&self, stage: usize) -> String {
        self.names
            .get(stage)
            .cloned()
            .unwrap_or_else(|| format!("stage-{stage}"))
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

/// The image a `FROM` (or a `COPY --from`) names, as the build would get it.
pub fn base_image(reference: &str) -> Base {
    if reference.eq_ignore_ascii_case("scratch") {
        return Base {
            image: "scratch".into(),
            kind: BaseImage::Scratch,
        };
    }
    let kind = if ImageRef::parse(reference).is_err() {
        BaseImage::Invalid
    } else {
        match images::lookup(reference) {
            Some(row) => BaseImage::Known(row),
            None => BaseImage::Unknown,
        }
    };
    Base {
        image: reference.to_string(),
        kind,
    }
}

/// Simulates the build of `dockerfile` for its graph's target.
pub fn simulate(
    dockerfile: &Dockerfile<'_>,
    graph: &StageGraph,
    scenario: &Scenario,
) -> Simulation {
    let context = context::context(scenario);
    let lexer = Lexer::new(dockerfile.escape);
    let mut stages: Vec<StageImage> = Vec::with_capacity(graph.stages.len());
    for stage in &graph.stages {
        let from = &dockerfile.instructions[stage.instructions.start];
        let mut image = match stage.base_kind {
            BaseKind::Stage(earlier) if earlier < stages.len() => {
                let mut inherited = stages[earlier].clone();
                inherited.notes.clear();
                inherited.ran_tests = false;
                inherited.cmd_set = false;
                inherited
            }
            _ => {
                let base = base_image(&stage.base);
                let note = match base.kind {
                    BaseImage::Invalid => Some(NoteKind::InvalidReference {
                        reference: stage.base.clone(),
                    }),
                    BaseImage::Unknown => Some(NoteKind::UnknownImage {
                        image: stage.base.clone(),
                    }),
                    _ => None,
                };
                let mut image = StageImage::from_base(base);
                if let Some(kind) = note {
                    image.notes.push(Note::new(from.start_line, kind));
                }
                image
            }
        };
        image.platform = stage.runs_on.clone();
        image.compiled_at.clear();
        image.cache_uses.clear();
        for index in stage.instructions.clone().skip(1) {
            let step = Step {
                instruction: &dockerfile.instructions[index],
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
    /// The instruction's index in the Dockerfile: the layer it writes.
    index: usize,
    graph: &'a StageGraph,
    stages: &'a [StageImage],
    context: &'a Filesystem,
    scenario: &'a Scenario,
    lexer: &'a Lexer,
}

impl Step<'_, '_> {
    fn line(&self) -> usize {
        self.instruction.start_line
    }

    fn note(&self, image: &mut StageImage, kind: NoteKind) {
        image.notes.push(Note::new(self.line(), kind));
    }

    /// `$VAR` and `${VAR}` of the stage's environment expanded, as BuildKit does.
    fn expand(&self, image: &StageImage, word: &str) -> String {
        self.lexer
            .process_word(word, image.config.env.as_slice())
            .map(|expansion| expansion.result)
            .unwrap_or_else(|_| word.to_string())
    }

    /// The instruction's words as Docker runs them: an exec form as
    /// written, a shell form behind the stage's `SHELL`.
    fn argv(&self, image: &StageImage) -> Vec<String> {
        let args = self
            .instruction
            .command
            .args
            .iter()
            .map(|arg| arg.to_string());
        if self.instruction.command.json {
            args.collect()
        } else {
            image.config.in_shell(args.collect::<Vec<_>>().join(" "))
        }
    }

    fn missing_arguments(&self, image: &mut StageImage, keyword: Keyword) {
        self.note(
            image,
            NoteKind::MissingArguments {
                keyword: keyword.name(),
            },
        );
    }

    /// Who owns what a file operation of this stage creates (`WORKDIR`'s
    /// folder, `COPY --chown`), resolved in the stage's accounts as BuildKit
    /// does: a missing name gives root, with a note; a name on a stage with
    /// no file system yet stops the build. `None` when the accounts are unknown.
    fn owner(
        &self,
        image: &mut StageImage,
        spec: &str,
        instruction: &'static str,
    ) -> Option<Identity> {
        let by_name = spec
            .split(':')
            .any(|part| !part.is_empty() && part.parse::<u32>().is_err());
        let empty = image.base.is_scratch() && image.files.entries.is_empty();
        let linked = self
            .instruction
            .command
            .flag("link")
            .is_some_and(|v| v != "false");
        if by_name && (empty || linked) {
            self.note(
                image,
                NoteKind::InvalidUserIndex {
                    name: spec.to_string(),
                },
            );
            return None;
        }
        let (identity, missing) = image.accounts.resolve_owner(spec)?;
        if let Some(error) = missing {
            self.note(image, NoteKind::OwnerNotFound { error, instruction });
        }
        Some(identity)
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
                    let path = fs::resolve(&image.config.workdir, &dir);
                    image.config.workdir = path.clone();
                    // BuildKit makes the folder as the stage's USER (dispatchWorkdir:
                    // llb.Mkdir(wd, 0755, WithParents, WithUser(Config.User))).
                    let user = image.config.user.clone();
                    let owner = match user.as_deref() {
                        Some(user) => self.owner(image, user, "WORKDIR").unwrap_or_default(),
                        None => Identity::ROOT,
                    };
                    image.make_folder(&path, owner, self.index);
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
                    // Without a value: the global ARG's, or BuildKit's own
                    // platform ARGs (`ARG TARGETARCH`).
                    let value = value
                        .or_else(|| {
                            self.graph
                                .global_args
                                .iter()
                                .find(|global| global.name == name)
                                .and_then(|global| global.value.clone())
                        })
                        .or_else(|| {
                            self.graph
                                .automatic_args
                                .iter()
                                .find(|(automatic, _)| automatic == name)
                                .map(|(_, value)| value.clone())
                        });
                    if let Some(value) = value {
                        image.set_env(name, value);
                    }
                }
            }
            Keyword::User => match command.args.first() {
                Some(user) => {
                    let user = self.expand(image, user);
                    image.set_user(user);
                }
                None => self.missing_arguments(image, keyword),
            },
            Keyword::Shell if command.json && !command.args.is_empty() => {
                image.config.shell = command.args.iter().map(|a| a.to_string()).collect();
            }
            Keyword::Copy | Keyword::Add => self.copy(image),
            Keyword::Run => self.run(image),
            Keyword::Cmd | Keyword::Entrypoint => {
                let argv = self.argv(image);
                let start = StartCommand {
                    keyword,
                    exec: command.json,
                    argv,
                    line: Some(self.line()),
                };
                if keyword == Keyword::Cmd {
                    image.config.cmd = Some(start);
                    image.cmd_set = true;
                } else {
                    // An ENTRYPOINT resets the CMD the stage inherited (from its
                    // image or an earlier stage), as BuildKit's dispatchEntrypoint does.
                    image.config.entrypoint = Some(start);
                    if !image.cmd_set {
                        image.config.cmd = None;
                    }
                }
            }
            _ => {}
        }
    }

    fn run(&self, image: &mut StageImage) {
        let command = &self.instruction.command;
        if command.args.is_empty() && self.instruction.heredocs.is_empty() {
            return self.missing_arguments(image, Keyword::Run);
        }
        let mounted = self.mount(image);
        // `RUN <<EOF` runs the heredoc as the script; `RUN cat > f <<EOF`
        // runs the command line, the heredoc being its standard input.
        let only_heredoc = command.args.len() == 1 && command.args[0].starts_with("<<");
        let heredoc = self.instruction.heredocs.first().filter(|_| only_heredoc);
        let program = match heredoc {
            Some(heredoc) => image.config.in_shell(heredoc.content.to_string()),
            None => self.argv(image),
        };
        run::run(&program, image, self.scenario, self.line(), self.index);
        image.cache_mounts.clear();
        // What the RUN wrote in a mount stays out of the layer; what the
        // mount hid is back.
        for (target, hidden) in mounted.into_iter().rev() {
            image.files.remove(&target);
            image.files.entries.extend(hidden);
        }
    }

    /// `RUN --mount=type=secret`: the secret the build was given, as a
    /// root-owned `0400` file at its target (`/run/secrets/<id>` by
    /// default) for this command only; with `env=` and no target, an
    /// environment variable instead, which no file tool reads. A secret the
    /// build lacks is simply absent, unless `required` (BuildKit's
    /// dockerfile2llb/convert_secrets.go).
    fn secret_mount(
        &self,
        image: &mut StageImage,
        spec: &str,
        target: Option<String>,
    ) -> Option<(String, Vec<Entry>)> {
        let option = |key: &str| crate::graph::mount_option(spec, key);
        let fields = crate::graph::mount_fields(spec);
        let required = fields.iter().any(|field| field.trim() == "required")
            || option("required").is_some_and(|value| value == "true" || value == "1");
        // `source=` (or `src=`) names the secret too, before `id` (BuildKit's
        // convert_secrets.go: the mount's Source, else its target's name).
        let id = option("source")
            .or_else(|| option("src"))
            .or_else(|| option("id"))
            .or_else(|| {
                target
                    .as_deref()
                    .and_then(|target| target.rsplit('/').next())
                    .map(str::to_string)
            })?;
        let given = self.scenario.secrets.iter().any(|secret| secret.id == id);
        if !given {
            if required {
                image.notes.push(Note::new(
                    self.line(),
                    NoteKind::MissingSecret { id: id.clone() },
                ));
            }
            return None;
        }
        if target.is_none() && option("env").is_some() {
            return None;
        }
        let path = fs::resolve(
            &image.config.workdir,
            &target.unwrap_or_else(|| format!("/run/secrets/{id}")),
        );
        let (owner, mode) = mount_owner(spec, 0o400);
        let hidden = image.files.remove(&path);
        let mut file = Entry::new(path.clone(), 200, &[Tag::Secret], false).owned_by(owner);
        file.mode = mode;
        image.files.entries.push(file);
        Some((path, hidden))
    }

    /// `RUN --mount=…`: bind mounts lend files (of the context or a stage)
    /// for this command only; cache and tmpfs mounts give it a folder of
    /// their own. Either hides what the image has there, and what the
    /// command writes there stays out of the layer.
    fn mount(&self, image: &mut StageImage) -> Vec<(String, Vec<Entry>)> {
        let mut mounted = Vec::new();
        let mut mounts_from = 0;
        for flag in &self.instruction.command.flags {
            let Some(spec) = flag.strip_prefix("--mount=") else {
                continue;
            };
            let option = |key: &str| crate::graph::mount_option(spec, key);
            let kind = option("type").unwrap_or_else(|| "bind".into());
            let from = option("from");
            let nth = mounts_from;
            if from.is_some() {
                mounts_from += 1;
            }
            let target = option("target")
                .or_else(|| option("dst"))
                .or_else(|| option("destination"));
            if kind == "secret" {
                if let Some(secret) = self.secret_mount(image, spec, target) {
                    mounted.push(secret);
                }
                continue;
            }
            let Some(target) = target else {
                continue;
            };
            let target = fs::resolve(&image.config.workdir, &target);
            match kind.as_str() {
                "bind" => {
                    let source = option("source")
                        .or_else(|| option("src"))
                        .unwrap_or_default();
                    let files = match from {
                        None => std::borrow::Cow::Borrowed(self.context),
                        Some(_) => {
                            match self.source_of(image, crate::graph::ReferenceKind::MountFrom, nth)
                            {
                                Some(source) => source.files,
                                None => continue,
                            }
                        }
                    };
                    let selections = files.select(&fs::resolve("/", &source));
                    if selections.is_empty() {
                        continue;
                    }
                    let hidden = image.files.remove(&target);
                    image
                        .files
                        .place(selections, &target, false, None, self.index);
                    mounted.push((target, hidden));
                }
                "cache" | "tmpfs" => {
                    let (owner, mode) = mount_owner(spec, 0o755);
                    let hidden = image.files.remove(&target);
                    let mut folder = Entry::folder(target.clone(), owner);
                    folder.mode = mode;
                    image.files.entries.push(folder);
                    if kind == "cache" {
                        image.cache_mounts.push(target.clone());
                    }
                    mounted.push((target, hidden));
                }
                _ => {}
            }
        }
        mounted
    }
}

/// Who owns a `RUN --mount` and its mode: root and `default_mode` unless
/// the mount's `uid`, `gid` (decimal) or `mode` (octal) say otherwise.
fn mount_owner(spec: &str, default_mode: u32) -> (Identity, u32) {
    let number = |key: &str, radix: u32, default: u32| {
        crate::graph::mount_option(spec, key)
            .and_then(|value| u32::from_str_radix(&value, radix).ok())
            .unwrap_or(default)
    };
    let owner = Identity {
        uid: number("uid", 10, 0),
        gid: number("gid", 10, 0),
    };
    (owner, number("mode", 8, default_mode))
}

#[cfg(test)]
mod testing;
#[cfg(test)]
mod tests;
