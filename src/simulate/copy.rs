//! `COPY` and `ADD`: what a source names (the build context, another stage,
//! an image), where it lands (Docker's rules: a folder gives its contents,
//! a file keeps its name in a destination folder, the WORKDIR resolves
//! relative destinations), and who owns it. Files from the context are
//! root's; files from a stage keep their owner (BuildKit copies ownership
//! when no `--chown` is given); `--chown` names an account of the
//! destination stage, resolved at that point of the build, and `--chmod`
//! sets the mode. Missing destination folders are created, owned as the
//! copied files are.

use std::borrow::Cow;

use super::accounts::{Accounts, Identity};
use super::fs::{self, Entry, Executable, Filesystem};
use super::image::{BaseImage, StageImage};
use super::notes::{Note, NoteKind};
use super::tag::Tag;
use super::{Step, base_image, dockerignore};
use crate::dockerfile::Keyword;
use crate::graph::{ReferenceKind, Resolution};

/// What a `--from` reads: a stage's files (borrowed), or an image's.
pub(super) struct Source<'a> {
    pub files: Cow<'a, Filesystem>,
    /// The stage it comes from, when it is one.
    pub stage: Option<usize>,
    /// Whether a path the checker does not list may be there.
    unknown: Unknown,
    /// Its `/etc/passwd` and `/etc/group`, for a copy of those files.
    accounts: Cow<'a, Accounts>,
}

/// Where a source's unlisted paths stand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Unknown {
    /// Nothing is there but what the simulation lists (the context, scratch).
    Absent,
    /// The system folders (`/etc`, `/usr`…) of a real image hold files the
    /// simulation does not list (`/etc/passwd`, `/usr/share/zoneinfo`).
    SystemFiles,
    /// An image the table does not know: anything may be there.
    Anything,
}

impl Unknown {
    fn may_hold(self, path: &str) -> bool {
        match self {
            Unknown::Absent => false,
            Unknown::SystemFiles => super::is_system_path(path),
            Unknown::Anything => path != "/",
        }
    }

    fn of(image: &StageImage) -> Unknown {
        match image.base.kind {
            BaseImage::Scratch => Unknown::Absent,
            BaseImage::Known(_) => Unknown::SystemFiles,
            BaseImage::Unknown | BaseImage::Invalid => Unknown::Anything,
        }
    }
}

/// The program a known file name is, when copied from an image the checker
/// knows only by name (`COPY --from=composer:2 /usr/bin/composer …`).
const KNOWN_PROGRAMS: [(&str, Tag); 6] = [
    ("composer", Tag::Composer),
    ("node", Tag::Node),
    ("uv", Tag::Uv),
    ("tini", Tag::Tini),
    ("tini-static", Tag::Tini),
    ("ca-certificates.crt", Tag::CaCertificates),
];

impl<'a> Step<'a, '_> {
    /// The files the `nth` `--from` of this kind in the instruction names
    /// (a RUN may mount from several stages).
    pub(super) fn source_of(
        &self,
        image: &mut StageImage,
        kind: ReferenceKind,
        nth: usize,
    ) -> Option<Source<'a>> {
        let reference = self
            .graph
            .references
            .iter()
            .filter(|reference| reference.instruction == self.index && reference.kind == kind)
            .nth(nth)?;
        match reference.resolution {
            Resolution::Stage(stage) if stage < self.stages.len() => {
                let source = &self.stages[stage];
                let unknown = match Unknown::of(source) {
                    // A stage's own work is known; only its base's system files are not.
                    Unknown::Anything => Unknown::SystemFiles,
                    other => other,
                };
                Some(Source {
                    files: Cow::Borrowed(&source.files),
                    stage: Some(stage),
                    unknown,
                    accounts: Cow::Borrowed(&source.accounts),
                })
            }
            Resolution::Image => {
                let image_source = StageImage::from_base(base_image(&reference.written));
                match image_source.base.kind {
                    BaseImage::Unknown => self.note(
                        image,
                        NoteKind::UnknownImageFiles {
                            image: reference.written.clone(),
                        },
                    ),
                    BaseImage::Invalid => self.note(
                        image,
                        NoteKind::InvalidReference {
                            reference: reference.written.clone(),
                        },
                    ),
                    _ => {}
                }
                Some(Source {
                    unknown: Unknown::of(&image_source),
                    files: Cow::Owned(image_source.files),
                    stage: None,
                    accounts: Cow::Owned(image_source.accounts),
                })
            }
            _ => {
                self.note(
                    image,
                    NoteKind::UnresolvedFrom {
                        written: reference.written.clone(),
                    },
                );
                None
            }
        }
    }

    pub(super) fn copy(&self, image: &mut StageImage) {
        let command = &self.instruction.command;
        let keyword = command.kind().unwrap_or(Keyword::Copy);
        if command.args.len() < 2 {
            return self.missing_arguments(image, keyword);
        }
        let source = if command.flag_value("from").is_some() {
            match self.source_of(image, ReferenceKind::CopyFrom, 0) {
                Some(source) => source,
                None => return,
            }
        } else {
            Source {
                files: Cow::Borrowed(self.context),
                stage: None,
                unknown: Unknown::Absent,
                accounts: Cow::Owned(Accounts::unknown()),
            }
        };
        // `--chown` names an account of this stage, at this point of the build.
        let chown = command.flag("chown").map(|spec| self.expand(image, spec));
        let owner = match chown.as_deref() {
            Some(spec) => {
                let notes = image.notes.len();
                let owner = self.owner(image, spec, keyword.name());
                if image.notes[notes..].iter().any(Note::blocks_build) {
                    return;
                }
                owner
            }
            None => None,
        };
        let chmod = command
            .flag("chmod")
            .and_then(|mode| u32::from_str_radix(&self.expand(image, mode), 8).ok());
        let Some((destination, sources)) = command.args.split_last() else {
            return;
        };
        let destination_text = self.expand(image, destination);
        let destination = fs::resolve(&image.config.workdir, &destination_text);
        // The classic builder refused several sources into a destination
        // without a final `/`; BuildKit copies into the folder. Worth a word.
        let folder_written = destination_text.ends_with('/')
            || destination_text == "."
            || destination_text.ends_with("/.");
        if sources.len() > 1 && !folder_written {
            self.note(
                image,
                NoteKind::DestinationNotFolder {
                    destination: destination_text.clone(),
                },
            );
        }
        // Docker copies into the destination when it is a folder: written
        // with a final `/` or `.`, the WORKDIR (which exists), or a folder already there.
        let into_dir = folder_written
            || sources.len() > 1
            || destination == image.config.workdir
            || image
                .files
                .folder_at(&destination)
                .is_some_and(|entry| entry.path == destination)
            || image
                .files
                .under(&destination)
                .any(|entry| entry.path != destination);
        let folder_owner = owner.unwrap_or(Identity::ROOT);
        let parent = if into_dir {
            destination.clone()
        } else {
            fs::resolve(&destination, "..")
        };
        image.make_folder(&parent, folder_owner, self.index);
        let named = |name: &str| {
            if into_dir {
                fs::resolve(&destination, name)
            } else {
                destination.clone()
            }
        };
        let before = image.files.entries.len();
        for written in sources {
            let written = self.expand(image, written);
            if let Some(name) = written.strip_prefix("<<") {
                let heredoc_name = name.trim_start_matches('-').trim_matches(['"', '\'']);
                // The file is the heredoc's text: a script when it starts with `#!`.
                let text = self
                    .instruction
                    .heredocs
                    .iter()
                    .find(|heredoc| heredoc.name == heredoc_name)
                    .map(|heredoc| heredoc.content.to_string())
                    .unwrap_or_default();
                let mut entry =
                    Entry::new(named(heredoc_name), text.len() as u64, &[Tag::Other], false);
                entry.layer = self.index;
                if let Some(interpreter) =
                    text.lines().next().and_then(|line| line.strip_prefix("#!"))
                {
                    entry.executable = Executable::Script(interpreter.trim().to_string());
                }
                entry.text = Some(text);
                image.files.add(entry);
                continue;
            }
            if written.contains("://") || written.starts_with("git@") {
                let name = written.rsplit('/').next().unwrap_or("download");
                let path = named(name);
                // A certificate bundle fetched where TLS libraries look for one.
                let tag = if fs::is_within(&path, "/etc/ssl")
                    && (path.ends_with(".pem") || path.ends_with(".crt"))
                {
                    Tag::CaCertificates
                } else {
                    Tag::Download
                };
                // ADD gives a downloaded file mode 0600; what it holds is unknown.
                let mut entry = Entry::new(path, 0, &[tag], false);
                entry.layer = self.index;
                entry.mode = 0o600;
                entry.executable = Executable::Unknown;
                image.files.add(entry);
                continue;
            }
            let absolute = fs::resolve("/", &written);
            let selections = source.files.select(&absolute);
            if selections.is_empty() {
                // BuildKit copies with AllowEmptyWildcard: `yarn.lock*` may match nothing.
                if fs::has_glob(&absolute) {
                    continue;
                }
                // The root is always there (`COPY --from=xx / /`, tonistiigi/xx's
                // helpers): what it holds beyond the listed files is unknown.
                if absolute == "/" {
                    continue;
                }
                if source.unknown.may_hold(&absolute) {
                    // A file of the image the simulation does not list: assume
                    // it is there, and a known program by its name (`composer`).
                    let name = absolute.rsplit('/').next().unwrap_or("");
                    let known = KNOWN_PROGRAMS.iter().find(|(program, _)| *program == name);
                    let mut entry = Entry::new(
                        named(name),
                        0,
                        &[known.map_or(Tag::ImageFiles, |(_, tag)| tag.clone())],
                        false,
                    );
                    entry.layer = self.index;
                    entry.executable = Executable::Unknown;
                    entry.mode = 0o755;
                    image.files.add(entry);
                } else {
                    let from = command.flag_value("from").map(str::to_string);
                    self.note(
                        image,
                        NoteKind::MissingSource {
                            path: written.clone(),
                            from,
                        },
                    );
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
            let exclusions = dockerignore::Patterns::new(&excludes);
            let selections: Vec<fs::Selection> = selections
                .into_iter()
                .map(|mut selection| {
                    if !excludes.is_empty() {
                        let name = selection.name.clone();
                        selection.items.retain(|(relative, _)| {
                            let key = relative.trim_start_matches('/');
                            !exclusions.excluded(if key.is_empty() { &name } else { key })
                        });
                    }
                    selection
                })
                .filter(|selection| !selection.items.is_empty())
                .collect();
            let into = into_dir || fs::has_glob(&absolute) || absolute == "/";
            image
                .files
                .place(selections, &destination, into, source.stage, self.index);
        }
        // Ownership and mode of what this instruction brought.
        let from_context = source.stage.is_none() && command.flag_value("from").is_none();
        let brought = |(at, entry): &(usize, &mut Entry)| {
            *at >= before || (entry.layer == self.index && !entry.structural)
        };
        for (_, entry) in image.files.entries.iter_mut().enumerate().filter(brought) {
            if let Some(owner) = owner {
                entry.owner = owner;
            } else if from_context {
                entry.owner = Identity::ROOT;
            }
            if let Some(mode) = chmod {
                entry.mode = mode;
            }
        }
        // `COPY --from=build /etc/passwd /etc/passwd` brings that stage's accounts.
        let copied_accounts = |name: &str| {
            destination == format!("/etc/{name}")
                || (into_dir
                    && destination == "/etc"
                    && sources.iter().any(|source| source.ends_with(name)))
        };
        if copied_accounts("passwd") {
            image.accounts.users.clone_from(&source.accounts.users);
            image.accounts.known = source.accounts.known;
        }
        if copied_accounts("group") {
            image.accounts.groups.clone_from(&source.accounts.groups);
        }
    }
}
