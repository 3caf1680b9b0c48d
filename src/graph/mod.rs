//! The stage graph: which stages a Dockerfile has, what each is built from,
//! what it copies or mounts from which other stage, and which stages a
//! build of a given target runs (BuildKit skips the others). Global `ARG`
//! values are substituted in `FROM` lines with BuildKit's word expansion,
//! build arguments and the automatic platform arguments included. Nothing
//! here judges the file: the lints read the graph, including the references
//! that BuildKit would refuse (a stage defined later, a bad index).

mod draw;

use std::collections::BTreeSet;
use std::ops::Range;

use serde::Serialize;

pub use draw::{Picture, picture, reference_line, to_dot, to_text};

use crate::dockerfile::{Dockerfile, Instruction, Keyword};
use crate::shell::{Env, Lexer};

/// What a build is asked for: the target stage, `--build-arg` values and the
/// platforms.
#[derive(Debug, Clone, Default)]
pub struct BuildOptions {
    /// `--target NAME`; the last stage when `None`.
    pub target: Option<String>,
    /// `--build-arg NAME=VALUE`, overriding `ARG` defaults.
    pub build_args: Vec<(String, String)>,
    /// The platform the image is for (`--platform`, `$TARGETPLATFORM`).
    pub platform: Platform,
    /// The platform of the machine that builds (`$BUILDPLATFORM`).
    pub build_platform: Platform,
}

/// A build or target platform, `linux/amd64` unless told otherwise.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Platform {
    pub os: String,
    pub arch: String,
    pub variant: String,
}

impl Default for Platform {
    fn default() -> Self {
        Platform {
            os: "linux".into(),
            arch: "amd64".into(),
            variant: String::new(),
        }
    }
}

impl Platform {
    /// `os/arch[/variant]`, as `--platform` takes it.
    pub fn parse(text: &str) -> Option<Platform> {
        let mut parts = text.split('/');
        let os = parts.next().filter(|os| !os.is_empty())?;
        let arch = parts.next().filter(|arch| !arch.is_empty())?;
        let variant = parts.next().unwrap_or_default();
        if parts.next().is_some() {
            return None;
        }
        Some(Platform {
            os: os.into(),
            arch: arch.into(),
            variant: variant.into(),
        })
    }

    /// `os/arch[/variant]`.
    pub fn spec(&self) -> String {
        if self.variant.is_empty() {
            format!("{}/{}", self.os, self.arch)
        } else {
            format!("{}/{}/{}", self.os, self.arch, self.variant)
        }
    }
}

/// The `ARG`s BuildKit defines in the global scope without any declaration.
pub const AUTOMATIC_ARGS: [&str; 8] = [
    "BUILDPLATFORM",
    "BUILDOS",
    "BUILDARCH",
    "BUILDVARIANT",
    "TARGETPLATFORM",
    "TARGETOS",
    "TARGETARCH",
    "TARGETVARIANT",
];

/// What a stage starts from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum BaseKind {
    Image,
    /// An earlier stage, by index.
    Stage(usize),
    Scratch,
}

/// The operating system a stage's instructions run on, which decides how
/// BuildKit reads a path (`C:\app` is absolute on Windows only).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TargetOs {
    Linux,
    Windows,
    /// The base or platform holds a variable no value was given for.
    Unknown,
}

impl TargetOs {
    /// BuildKit takes the platform of a `FROM --platform=…`, else of the base
    /// stage, else of the image (Windows images are Microsoft's
    /// `windows/…` repositories and the `nanoserver`/`windowsservercore`
    /// variants of others), else the build's target platform.
    fn of(platform: Option<&str>, base: &str, parent: Option<TargetOs>, default: &str) -> TargetOs {
        let by_name = |os: &str| {
            if os.eq_ignore_ascii_case("windows") {
                TargetOs::Windows
            } else {
                TargetOs::Linux
            }
        };
        if let Some(platform) = platform {
            return match platform.split('/').next() {
                Some(os) if !os.is_empty() => by_name(os),
                _ => TargetOs::Unknown,
            };
        }
        if let Some(parent) = parent {
            return parent;
        }
        let lower = base.to_ascii_lowercase();
        if lower.contains("windows/")
            || lower.contains("nanoserver")
            || lower.contains("windowsservercore")
            || lower.contains("-ltsc20")
        {
            TargetOs::Windows
        } else {
            by_name(default)
        }
    }
}

/// One build stage: a `FROM` and the instructions up to the next one.
#[derive(Debug, Clone)]
pub struct Stage {
    pub index: usize,
    /// Lower-cased, as BuildKit stores it.
    pub name: Option<String>,
    /// As written after `AS`.
    pub written_name: Option<String>,
    /// The base as written (`node:${NODE_VERSION}`).
    pub base_written: String,
    /// The base with global `ARG` values substituted (`node:22`).
    pub base: String,
    pub base_kind: BaseKind,
    /// `--platform` of the `FROM`, as written.
    pub platform: Option<String>,
    /// The platform the stage's commands run on: its `--platform`, else its
    /// base stage's, else the target platform.
    pub runs_on: Platform,
    pub os: TargetOs,
    /// Indexes into the Dockerfile's instructions, `FROM` first.
    pub instructions: Range<usize>,
    pub start_line: usize,
    pub end_line: usize,
    /// Stages this one needs, by index: its base and what it copies or mounts from.
    pub depends_on: Vec<usize>,
    /// Built for the target; BuildKit skips the stage otherwise.
    pub built: bool,
}

impl Stage {
    /// The name to show: the stage's own, else `stage-N` as BuildKit calls it.
    pub fn label(&self) -> String {
        self.name
            .clone()
            .unwrap_or_else(|| format!("stage-{}", self.index))
    }
}

/// Where a `--from` (COPY) or `from=` (RUN --mount) points.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Resolution {
    /// A stage of this file (possibly later than, or the same as, the one referring to it).
    Stage(usize),
    /// Anything else BuildKit pulls as an image (or takes from a named build context).
    Image,
    /// Contains `$`: BuildKit refuses to expand variables there.
    Variable,
    /// A number that is no stage index.
    BadIndex,
}

/// How a stage uses another.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ReferenceKind {
    CopyFrom,
    MountFrom,
}

/// A `COPY --from` or `RUN --mount=…,from=` in a stage.
#[derive(Debug, Clone)]
pub struct Reference {
    /// The stage where it is written.
    pub stage: usize,
    /// Index of its instruction in the Dockerfile.
    pub instruction: usize,
    pub kind: ReferenceKind,
    /// The value as written.
    pub written: String,
    /// Was it a number (a stage index)?
    pub by_index: bool,
    pub resolution: Resolution,
    /// For a copy: the source paths, to show what crosses from stage to stage.
    pub paths: Vec<String>,
}

/// A global `ARG` (before the first `FROM`).
#[derive(Debug, Clone)]
pub struct GlobalArg {
    pub name: String,
    /// After build arguments and expansion; `None` when declared without a value.
    pub value: Option<String>,
    pub instruction: usize,
}

/// The stages of a Dockerfile and how they depend on each other.
#[derive(Debug, Clone)]
pub struct StageGraph {
    pub stages: Vec<Stage>,
    pub references: Vec<Reference>,
    pub global_args: Vec<GlobalArg>,
    /// BuildKit's automatic platform ARGs (`TARGETARCH=amd64`…): a stage
    /// that declares one without a value gets this one.
    pub automatic_args: Vec<(String, String)>,
    /// What the image is built for, and on.
    pub platform: Platform,
    pub build_platform: Platform,
    /// Index of the stage built.
    pub target: usize,
    /// Variables each stage's `FROM` (image or `--platform`) used that no global
    /// `ARG` declares, nor BuildKit itself, by stage index.
    pub undeclared_in_from: Vec<(usize, BTreeSet<String>)>,
}

/// Why a graph cannot be built for these options.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum GraphError {
    /// No `FROM` at all: "dockerfile contains no stages to build".
    NoStages,
    /// `--target` names no stage; the names there are.
    UnknownTarget { target: String, names: Vec<String> },
}

/// Values of the global `ARG`s that have one, for expansion (a handful: a
/// list beats a map).
struct GlobalEnv {
    values: Vec<(String, String)>,
}

impl Env for GlobalEnv {
    fn get(&self, name: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }
}

/// Builds the stage graph of a parsed Dockerfile.
pub fn build(
    dockerfile: &Dockerfile<'_>,
    options: &BuildOptions,
) -> Result<StageGraph, GraphError> {
    let instructions = &dockerfile.instructions;
    let lexer = Lexer::new(dockerfile.escape);
    let first_from = instructions
        .iter()
        .position(|instruction| instruction.command.kind() == Some(Keyword::From))
        .ok_or(GraphError::NoStages)?;

    let (global_args, env) = global_scope(&instructions[..first_from], &lexer, options);
    let declared = |name: &str| {
        AUTOMATIC_ARGS.contains(&name) || global_args.iter().any(|arg| arg.name == name)
    };

    let from_indexes: Vec<usize> = (first_from..instructions.len())
        .filter(|&i| instructions[i].command.kind() == Some(Keyword::From))
        .collect();
    let mut stages: Vec<Stage> = Vec::with_capacity(from_indexes.len());
    let mut undeclared_in_from = Vec::new();
    for (index, &from) in from_indexes.iter().enumerate() {
        let end = from_indexes
            .get(index + 1)
            .copied()
            .unwrap_or(instructions.len());
        let instruction = &instructions[from];
        let args = &instruction.command.args;
        let base_written = args.first().map(|arg| arg.to_string()).unwrap_or_default();
        let written_name = match args.len() {
            3 if args[1].eq_ignore_ascii_case("as") => Some(args[2].to_string()),
            _ => None,
        };
        let platform = instruction.command.flag("platform").map(str::to_string);

        let mut unmatched = BTreeSet::new();
        let base = match lexer.process_word(&base_written, &env) {
            Ok(expansion) => {
                unmatched.extend(expansion.unmatched);
                expansion.result
            }
            Err(_) => base_written.clone(),
        };
        let platform_expanded =
            platform
                .as_ref()
                .map(|platform| match lexer.process_word(platform, &env) {
                    Ok(expansion) => {
                        unmatched.extend(expansion.unmatched);
                        expansion.result
                    }
                    Err(_) => platform.clone(),
                });
        // A base or platform whose variables have no value: its OS is unknown.
        let unknown_base = base.is_empty() || !unmatched.is_empty();
        unmatched.retain(|name| !declared(name));
        if !unmatched.is_empty() {
            undeclared_in_from.push((index, unmatched));
        }

        // `FROM name` finds the nearest earlier stage of exactly that name.
        let base_kind = match stages
            .iter()
            .rev()
            .find(|stage| stage.name.as_deref() == Some(base.as_str()))
        {
            Some(stage) => BaseKind::Stage(stage.index),
            None if base.eq_ignore_ascii_case("scratch") => BaseKind::Scratch,
            None => BaseKind::Image,
        };
        let parent_os = match base_kind {
            BaseKind::Stage(parent) => Some(stages[parent].os),
            _ => None,
        };
        // BuildKit gives a stage built on another that stage's platform.
        let runs_on = platform_expanded
            .as_deref()
            .and_then(Platform::parse)
            .or_else(|| match base_kind {
                BaseKind::Stage(parent) => Some(stages[parent].runs_on.clone()),
                _ => None,
            })
            .unwrap_or_else(|| options.platform.clone());
        let os = if unknown_base {
            TargetOs::Unknown
        } else {
            TargetOs::of(
                platform_expanded.as_deref(),
                &base,
                parent_os,
                &options.platform.os,
            )
        };
        stages.push(Stage {
            index,
            name: written_name.as_ref().map(|name| name.to_lowercase()),
            written_name,
            base_written,
            base,
            base_kind,
            platform,
            runs_on,
            os,
            instructions: from..end,
            start_line: instruction.start_line,
            end_line: instructions[end - 1].end_line,
            depends_on: Vec::new(),
            built: false,
        });
    }

    let references = references(instructions, &stages);
    for stage in &mut stages {
        let mut needs: BTreeSet<usize> = BTreeSet::new();
        if let BaseKind::Stage(base) = stage.base_kind {
            needs.insert(base);
        }
        for reference in references.iter().filter(|r| r.stage == stage.index) {
            if let Resolution::Stage(other) = reference.resolution
                && other != stage.index
            {
                needs.insert(other);
            }
        }
        stage.depends_on = needs.into_iter().collect();
    }

    let target = match &options.target {
        None => stages.len() - 1,
        Some(target) => stages
            .iter()
            .rev()
            .find(|stage| {
                stage
                    .name
                    .as_deref()
                    .is_some_and(|own| same_stage_name(own, target))
            })
            .map(|stage| stage.index)
            .ok_or_else(|| GraphError::UnknownTarget {
                target: target.clone(),
                names: stages.iter().filter_map(|s| s.name.clone()).collect(),
            })?,
    };
    mark_built(&mut stages, target);

    Ok(StageGraph {
        stages,
        references,
        global_args,
        automatic_args: automatic_args(options),
        platform: options.platform.clone(),
        build_platform: options.build_platform.clone(),
        target,
        undeclared_in_from,
    })
}

/// BuildKit's automatic platform ARGs and their values for `options`.
fn automatic_args(options: &BuildOptions) -> Vec<(String, String)> {
    let (build, target) = (&options.build_platform, &options.platform);
    [
        ("BUILDPLATFORM", build.spec()),
        ("BUILDOS", build.os.clone()),
        ("BUILDARCH", build.arch.clone()),
        ("BUILDVARIANT", build.variant.clone()),
        ("TARGETPLATFORM", target.spec()),
        ("TARGETOS", target.os.clone()),
        ("TARGETARCH", target.arch.clone()),
        ("TARGETVARIANT", target.variant.clone()),
    ]
    .into_iter()
    .map(|(name, value)| (name.to_string(), value))
    .collect()
}

/// The global scope: the `ARG`s before the first `FROM`, overridden by build
/// arguments, expanded in order, plus BuildKit's automatic platform ARGs.
fn global_scope(
    before_first_from: &[Instruction<'_>],
    lexer: &Lexer,
    options: &BuildOptions,
) -> (Vec<GlobalArg>, GlobalEnv) {
    let mut env = GlobalEnv {
        values: automatic_args(options),
    };
    let mut global_args = Vec::new();
    for (index, instruction) in before_first_from.iter().enumerate() {
        if instruction.command.kind() != Some(Keyword::Arg) {
            continue;
        }
        for word in &instruction.command.args {
            let (name, default) = match word.split_once('=') {
                Some((name, value)) => (name, Some(value)),
                None => (word.as_ref(), None),
            };
            let overridden = options
                .build_args
                .iter()
                .rev()
                .find(|(key, _)| key == name)
                .map(|(_, value)| value.clone());
            let value = overridden.or_else(|| {
                default.map(|default| {
                    lexer
                        .process_word(default, &env)
                        .map(|expansion| expansion.result)
                        .unwrap_or_else(|_| default.to_string())
                })
            });
            env.values.retain(|(key, _)| key != name);
            if let Some(value) = &value {
                env.values.push((name.to_string(), value.clone()));
            }
            global_args.push(GlobalArg {
                name: name.to_string(),
                value,
                instruction: index,
            });
        }
    }
    (global_args, env)
}

/// Every `COPY --from` and `RUN --mount=…from=`, resolved as BuildKit does.
fn references(instructions: &[Instruction<'_>], stages: &[Stage]) -> Vec<Reference> {
    let by_name = |name: &str| {
        stages
            .iter()
            .rev()
            .find(|stage| {
                stage
                    .name
                    .as_deref()
                    .is_some_and(|own| same_stage_name(own, name))
            })
            .map(|stage| stage.index)
    };
    let mut found = Vec::new();
    for stage in stages {
        for index in stage.instructions.clone() {
            let command = &instructions[index].command;
            match command.kind() {
                Some(Keyword::Copy) => {
                    let Some(from) = command.flag_value("from") else {
                        continue;
                    };
                    let index_value = go_atoi(from);
                    let resolution = if from.contains('$') {
                        Resolution::Variable
                    } else if let Some(number) = index_value {
                        usize::try_from(number)
                            .ok()
                            .filter(|&n| n < stages.len())
                            .map_or(Resolution::BadIndex, Resolution::Stage)
                    } else {
                        by_name(from).map_or(Resolution::Image, Resolution::Stage)
                    };
                    let sources = command.args.len().saturating_sub(1);
                    found.push(Reference {
                        stage: stage.index,
                        instruction: index,
                        kind: ReferenceKind::CopyFrom,
                        written: from.to_string(),
                        by_index: index_value.is_some(),
                        resolution,
                        paths: command.args[..sources]
                            .iter()
                            .map(|p| p.to_string())
                            .collect(),
                    });
                }
                Some(Keyword::Run) => {
                    for mount in command
                        .flags
                        .iter()
                        .filter_map(|flag| flag.strip_prefix("--mount="))
                    {
                        let Some(from) = mount_option(mount, "from") else {
                            continue;
                        };
                        let resolution = if from.contains('$') {
                            Resolution::Variable
                        } else {
                            // Mounts take names only: `from=0` is an image called 0.
                            by_name(&from).map_or(Resolution::Image, Resolution::Stage)
                        };
                        let source = mount_option(mount, "source")
                            .or_else(|| mount_option(mount, "src"))
                            .unwrap_or_else(|| "/".to_string());
                        found.push(Reference {
                            stage: stage.index,
                            instruction: index,
                            kind: ReferenceKind::MountFrom,
                            by_index: false,
                            written: from,
                            resolution,
                            paths: vec![source],
                        });
                    }
                }
                _ => {}
            }
        }
    }
    found
}

/// Whether `written` names the stage called `name` (stored lower-cased) as
/// `--from` and `--target` match: without regard to case.
fn same_stage_name(name: &str, written: &str) -> bool {
    if written.is_ascii() {
        name.eq_ignore_ascii_case(written)
    } else {
        name == written.to_lowercase()
    }
}

/// Go's `strconv.Atoi`: an optional sign and ASCII digits.
fn go_atoi(text: &str) -> Option<i64> {
    let digits = text.strip_prefix(['+', '-']).unwrap_or(text);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    text.parse().ok()
}

/// The fields of a `--mount` option list (`type=bind,from=x,target=/y`),
/// read as CSV like BuildKit does (`"source=a,b"` is one field).
pub fn mount_fields(mount: &str) -> Vec<String> {
    if !mount.contains('"') {
        return mount.split(',').map(str::to_string).collect();
    }
    let mut fields = Vec::new();
    let mut field = String::new();
    let mut quoted = false;
    let mut chars = mount.chars().peekable();
    while let Some(ch) = chars.next() {
        match ch {
            '"' if quoted && chars.peek() == Some(&'"') => {
                chars.next();
                field.push('"');
            }
            '"' => quoted = !quoted,
            ',' if !quoted => fields.push(std::mem::take(&mut field)),
            _ => field.push(ch),
        }
    }
    fields.push(field);
    fields
}

/// The value of `key` in a `--mount` option list; the last occurrence wins.
pub fn mount_option(mount: &str, key: &str) -> Option<String> {
    mount_fields(mount).iter().rev().find_map(|field| {
        let (name, value) = field.split_once('=')?;
        name.trim()
            .eq_ignore_ascii_case(key)
            .then(|| value.trim().to_string())
    })
}

/// Marks the target and everything it needs, following dependencies once each.
fn mark_built(stages: &mut [Stage], target: usize) {
    let mut pending = vec![target];
    while let Some(index) = pending.pop() {
        if std::mem::replace(&mut stages[index].built, true) {
            continue;
        }
        pending.extend(stages[index].depends_on.iter().copied());
    }
}

impl StageGraph {
    /// The image at the root of a stage's `FROM` chain (`scratch` included).
    pub fn root_image(&self, stage: usize) -> String {
        let mut at = &self.stages[stage];
        let mut hops = 0;
        while let BaseKind::Stage(parent) = at.base_kind {
            if parent >= at.index || hops > self.stages.len() {
                break;
            }
            at = &self.stages[parent];
            hops += 1;
        }
        if at.base_kind == BaseKind::Scratch {
            "scratch".into()
        } else {
            at.base.clone()
        }
    }

    pub fn stage_of(&self, instruction: usize) -> Option<&Stage> {
        self.stages
            .iter()
            .find(|stage| stage.instructions.contains(&instruction))
    }

    /// A stage and its ancestors through `FROM <stage>`, nearest first.
    pub fn lineage(&self, stage: usize) -> impl Iterator<Item = &Stage> {
        let mut next = Some(stage);
        let mut seen = BTreeSet::new();
        std::iter::from_fn(move || {
            let current = &self.stages[next?];
            seen.insert(current.index);
            next = match current.base_kind {
                BaseKind::Stage(parent) if !seen.contains(&parent) => Some(parent),
                _ => None,
            };
            Some(current)
        })
    }

    /// Stage indexes in a dependency cycle, found through stage references.
    pub fn cycles(&self) -> BTreeSet<usize> {
        let mut in_cycle = BTreeSet::new();
        // Bases are always earlier stages: a cycle needs a reference forward.
        let forward = self
            .stages
            .iter()
            .any(|stage| stage.depends_on.iter().any(|&d| d > stage.index));
        if !forward {
            return in_cycle;
        }
        for start in 0..self.stages.len() {
            let mut pending: Vec<usize> = self.stages[start].depends_on.clone();
            let mut seen = BTreeSet::new();
            while let Some(index) = pending.pop() {
                if index == start {
                    in_cycle.insert(start);
                    break;
                }
                if seen.insert(index) {
                    pending.extend(self.stages[index].depends_on.iter().copied());
                }
            }
        }
        in_cycle
    }
}

#[derive(Serialize)]
struct JsonStage<'a> {
    index: usize,
    name: Option<&'a str>,
    base: &'a str,
    base_written: &'a str,
    base_kind: &'static str,
    start_line: usize,
    end_line: usize,
    depends_on: &'a [usize],
    built: bool,
}

#[derive(Serialize)]
struct JsonGraph<'a> {
    stages: Vec<JsonStage<'a>>,
    target: usize,
}

/// The JSON of `multistage graph --format json` (SPEC §6).
pub fn to_json(graph: &StageGraph) -> String {
    let json = JsonGraph {
        stages: graph
            .stages
            .iter()
            .map(|stage| JsonStage {
                index: stage.index,
                name: stage.name.as_deref(),
                base: &stage.base,
                base_written: &stage.base_written,
                base_kind: match stage.base_kind {
                    BaseKind::Image => "image",
                    BaseKind::Stage(_) => "stage",
                    BaseKind::Scratch => "scratch",
                },
                start_line: stage.start_line,
                end_line: stage.end_line,
                depends_on: &stage.depends_on,
                built: stage.built,
            })
            .collect(),
        target: graph.target,
    };
    let mut text = serde_json::to_string_pretty(&json).unwrap_or_default();
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dockerfile::parse;

    fn graph_of(text: &str, options: &BuildOptions) -> StageGraph {
        build(&parse(text).expect("parses"), options).expect("graph")
    }

    #[test]
    fn global_args_are_substituted_with_buildkit_rules() {
        let text = "ARG NODE_VERSION=22\nARG VARIANT\nFROM node:${NODE_VERSION}${VARIANT:+-$VARIANT} AS build\nFROM build\n";
        let graph = graph_of(text, &BuildOptions::default());
        assert_eq!(graph.stages[0].base, "node:22");
        assert_eq!(
            graph.stages[0].base_written,
            "node:${NODE_VERSION}${VARIANT:+-$VARIANT}"
        );
        assert_eq!(graph.stages[1].base_kind, BaseKind::Stage(0));
        let options = BuildOptions {
            build_args: vec![("VARIANT".into(), "slim".into())],
            ..BuildOptions::default()
        };
        assert_eq!(graph_of(text, &options).stages[0].base, "node:22-slim");
    }

    #[test]
    fn a_stage_can_be_chosen_by_platform_or_arg() {
        let text = "FROM alpine:3.20 AS binaries-linux\nFROM alpine:3.20 AS binaries-darwin\nFROM binaries-$TARGETOS AS binaries\n";
        let graph = graph_of(text, &BuildOptions::default());
        assert_eq!(graph.stages[2].base_kind, BaseKind::Stage(0));
        assert_eq!(
            graph.stages.iter().map(|s| s.built).collect::<Vec<_>>(),
            [true, false, true]
        );
        let darwin = BuildOptions {
            platform: Platform::parse("darwin/arm64").unwrap(),
            ..BuildOptions::default()
        };
        assert_eq!(
            graph_of(text, &darwin).stages[2].base_kind,
            BaseKind::Stage(1)
        );
    }

    #[test]
    fn copy_from_and_mounts_resolve_like_buildkit() {
        let text = "\
FROM golang:1.26 AS Build
FROM scratch AS assets
FROM alpine:3.20
COPY --from=BUILD /out /out
COPY --from=1 /a /a
COPY --from=nginx:1.27 /etc/nginx /etc/nginx
COPY --from=7 /x /x
COPY --from=$STAGE /y /y
RUN --mount=type=bind,from=build,source=/go,target=/go go version
RUN --mount=from=0,target=/z true
";
        let graph = graph_of(text, &BuildOptions::default());
        let resolved: Vec<&Resolution> = graph.references.iter().map(|r| &r.resolution).collect();
        assert_eq!(
            resolved,
            [
                &Resolution::Stage(0),
                &Resolution::Stage(1),
                &Resolution::Image,
                &Resolution::BadIndex,
                &Resolution::Variable,
                &Resolution::Stage(0),
                &Resolution::Image,
            ]
        );
        assert_eq!(graph.stages[2].depends_on, [0, 1]);
        assert!(graph.stages.iter().all(|stage| stage.built));
    }

    #[test]
    fn only_what_the_target_needs_is_built() {
        let text = "FROM alpine:3.20 AS base\nFROM base AS test\nRUN make test\nFROM base AS prod\nFROM prod AS debug\n";
        let default = graph_of(text, &BuildOptions::default());
        assert_eq!(default.target, 3);
        assert_eq!(
            default.stages.iter().map(|s| s.built).collect::<Vec<_>>(),
            [true, false, true, true]
        );
        let test = BuildOptions {
            target: Some("TEST".into()),
            ..BuildOptions::default()
        };
        let graph = graph_of(text, &test);
        assert_eq!(
            graph.stages.iter().map(|s| s.built).collect::<Vec<_>>(),
            [true, true, false, false]
        );
        let unknown = BuildOptions {
            target: Some("tests".into()),
            ..BuildOptions::default()
        };
        let error = build(&parse(text).unwrap(), &unknown).unwrap_err();
        assert_eq!(
            error,
            GraphError::UnknownTarget {
                target: "tests".into(),
                names: vec!["base".into(), "test".into(), "prod".into(), "debug".into()]
            }
        );
    }

    #[test]
    fn cycles_are_found_without_looping() {
        let text = "FROM alpine:3.20 AS a\nCOPY --from=b /x /x\nFROM alpine:3.20 AS b\nCOPY --from=a /y /y\n";
        let graph = graph_of(text, &BuildOptions::default());
        assert_eq!(graph.cycles(), BTreeSet::from([0, 1]));
        assert!(graph.stages.iter().all(|stage| stage.built));
    }

    #[test]
    fn undeclared_variables_in_from_are_recorded() {
        let text = "ARG tag=latest\nFROM --platform=$BULIDPLATFORM busybox:${tag}${version}\n";
        let graph = graph_of(text, &BuildOptions::default());
        assert_eq!(
            graph.undeclared_in_from,
            [(
                0,
                BTreeSet::from(["BULIDPLATFORM".to_string(), "version".to_string()])
            )]
        );
    }

    #[test]
    fn mount_options_are_read_as_csv() {
        assert_eq!(
            mount_option("type=bind,from=x,target=/y", "from").as_deref(),
            Some("x")
        );
        assert_eq!(
            mount_option("\"source=a,b\",from=y", "source").as_deref(),
            Some("a,b")
        );
        assert_eq!(mount_option("type=cache,target=/root/.npm", "from"), None);
    }
}
