//! One stage's image, shaped like Docker's own: a config (`USER`, `ENV`,
//! `WORKDIR`, `ENTRYPOINT`, `CMD`, `SHELL`), a file system of typed entries
//! and the accounts of its `/etc/passwd`. Instructions change it only
//! through a few primitives ([`StageImage::write`], [`StageImage::remove`],
//! [`StageImage::set_env`], [`StageImage::set_user`]…), which keep the
//! layers honest; checks only query it, and where the checker does not know
//! (an image outside the table, a system file it does not list) the answer
//! is [`Presence::Unknown`], never a guess.

use super::accounts::{AccountError, Accounts, Identity, Resolved};
use super::fs::{self, Entry, Filesystem, Libc};
use super::images::{DEFAULT_PATH, ImageRow};
use super::notes::Note;
use super::script::ShellKind;
use super::tag::Tag;
use crate::dockerfile::Keyword;
use crate::graph::Platform;

/// Whether something is there, as far as the checker knows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    Yes,
    No,
    Unknown,
}

/// What a stage starts from.
#[derive(Debug, Clone)]
pub enum BaseImage {
    /// `FROM scratch`: nothing at all.
    Scratch,
    /// An image of the table.
    Known(&'static ImageRow),
    /// A valid reference the table does not know: its files, size and
    /// config are unknown.
    Unknown,
    /// Not a valid reference (`node:-slim`): the build stops at this `FROM`.
    Invalid,
}

/// The image a stage starts from.
#[derive(Debug, Clone)]
pub struct Base {
    /// The reference after `ARG` substitution, or `scratch`.
    pub image: String,
    pub kind: BaseImage,
}

impl Base {
    pub fn row(&self) -> Option<&'static ImageRow> {
        match self.kind {
            BaseImage::Known(row) => Some(row),
            _ => None,
        }
    }

    /// Whether the checker knows what the image holds.
    pub fn is_known(&self) -> bool {
        matches!(self.kind, BaseImage::Scratch | BaseImage::Known(_))
    }

    pub fn is_scratch(&self) -> bool {
        matches!(self.kind, BaseImage::Scratch)
    }

    /// Size on disk; `None` when the table does not know the image.
    pub fn size(&self) -> Option<u64> {
        match self.kind {
            BaseImage::Scratch => Some(0),
            BaseImage::Known(row) => Some(row.on_disk()),
            BaseImage::Unknown | BaseImage::Invalid => None,
        }
    }
}

/// One `CMD` or `ENTRYPOINT` of the image's config.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StartCommand {
    pub keyword: Keyword,
    /// Written in JSON (exec) form; a shell form is stored, as Docker does,
    /// behind the stage's `SHELL` (`/bin/sh -c "…"`).
    pub exec: bool,
    /// The words Docker keeps in the config.
    pub argv: Vec<String>,
    /// Its line in the Dockerfile; `None` when the base image set it.
    pub line: Option<usize>,
}

/// The parts of Docker's image config a build changes.
#[derive(Debug, Clone, Default)]
pub struct ImageConfig {
    /// `USER`, as written (`node`, `1000:1000`); `None` is root.
    pub user: Option<String>,
    pub env: Vec<(String, String)>,
    pub workdir: String,
    pub entrypoint: Option<StartCommand>,
    pub cmd: Option<StartCommand>,
    /// `SHELL`; empty for the default `["/bin/sh", "-c"]`.
    pub shell: Vec<String>,
}

impl ImageConfig {
    /// The program and options shell forms run behind.
    pub fn shell(&self) -> Vec<String> {
        if self.shell.is_empty() {
            vec!["/bin/sh".into(), "-c".into()]
        } else {
            self.shell.clone()
        }
    }

    /// A shell-form `RUN`, `CMD` or `ENTRYPOINT`, as Docker stores it:
    /// the `SHELL`, then the script.
    pub fn in_shell(&self, script: String) -> Vec<String> {
        let mut argv = self.shell();
        argv.push(script);
        argv
    }
}

/// A file a later instruction hid: gone from the file system, still in the
/// layer that added it.
#[derive(Debug, Clone)]
pub struct Shadowed {
    pub entry: Entry,
    /// The line of the instruction that removed it.
    pub removed_at: usize,
}

/// What one stage holds once its instructions have run.
#[derive(Debug, Clone)]
pub struct StageImage {
    pub base: Base,
    pub config: ImageConfig,
    pub files: Filesystem,
    pub accounts: Accounts,
    pub shadowed: Vec<Shadowed>,
    pub notes: Vec<Note>,
    /// A `RUN` of this very stage ran the tests.
    pub ran_tests: bool,
    /// A `CMD` was written in this stage: a later `ENTRYPOINT` keeps it
    /// (BuildKit's `d.cmd.IsSet`).
    pub cmd_set: bool,
    /// The platform its commands run on (the target's, unless
    /// `FROM --platform` says otherwise): what `uname -m` answers, and what
    /// a compiler builds for by default.
    pub platform: Platform,
    /// Lines of this stage's `RUN`s that compiled the project.
    pub compiled_at: Vec<usize>,
    /// The targets of the cache mounts of the `RUN` being applied.
    pub cache_mounts: Vec<String>,
    /// Where this stage's tools kept their caches, and whether a cache
    /// mount held them.
    pub cache_uses: Vec<CacheUse>,
}

/// A tool's cache, written by a `RUN`: in a cache mount it outlives the
/// build and stays out of the image; elsewhere it is lost with the next
/// change or ends up in a layer.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CacheUse {
    pub line: usize,
    /// `go`, `pip`, `npm`…
    pub tool: &'static str,
    pub path: String,
    pub mounted: bool,
}

impl StageImage {
    /// A stage on `base`, with the image's config, files and accounts.
    pub fn from_base(base: Base) -> StageImage {
        let mut config = ImageConfig {
            workdir: "/".into(),
            ..ImageConfig::default()
        };
        let mut files = Filesystem::default();
        let accounts = match base.kind {
            BaseImage::Scratch => Accounts::none(),
            BaseImage::Known(row) => {
                let own = row.config_for(&base.image);
                for pair in &own.env {
                    if let Some((name, value)) = pair.split_once('=') {
                        config.env.push((name.to_string(), value.to_string()));
                    }
                }
                config.workdir = own.workdir.unwrap_or_else(|| "/".into());
                config.user = own.user;
                let start = |keyword, argv: Vec<String>| {
                    (!argv.is_empty()).then_some(StartCommand {
                        keyword,
                        exec: true,
                        argv,
                        line: None,
                    })
                };
                config.entrypoint = start(Keyword::Entrypoint, own.entrypoint);
                config.cmd = start(Keyword::Cmd, own.cmd);
                let (entries, accounts) = row.prepared();
                files.entries.extend(entries.iter().cloned());
                accounts.clone()
            }
            BaseImage::Unknown | BaseImage::Invalid => Accounts::unknown(),
        };
        // BuildKit gives every stage a PATH when its image sets none.
        if !config.env.iter().any(|(name, _)| name == "PATH") {
            config.env.insert(0, ("PATH".into(), DEFAULT_PATH.into()));
        }
        StageImage {
            base,
            config,
            files,
            accounts,
            shadowed: Vec::new(),
            notes: Vec::new(),
            ran_tests: false,
            cmd_set: false,
            platform: Platform::default(),
            compiled_at: Vec::new(),
            cache_mounts: Vec::new(),
            cache_uses: Vec::new(),
        }
    }

    /// Estimated size on disk, every layer included; `None` when the base
    /// image's size is unknown.
    pub fn size(&self) -> Option<u64> {
        let hidden: u64 = self.shadowed.iter().map(|s| s.entry.size).sum();
        self.base
            .size()
            .map(|base| base + self.files.total_size() + hidden)
    }

    /// Sets a variable, replacing its earlier value (`ENV PATH=…:$PATH`).
    pub fn set_env(&mut self, name: &str, value: String) {
        match self.config.env.iter_mut().find(|(key, _)| key == name) {
            Some(pair) => pair.1 = value,
            None => self.config.env.push((name.to_string(), value)),
        }
    }

    /// A variable of the stage's environment.
    pub fn var(&self, name: &str) -> Option<&str> {
        self.config
            .env
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    pub fn set_user(&mut self, user: String) {
        self.config.user = Some(user);
    }

    /// The `USER` resolved in this stage's accounts: `None` when they are
    /// unknown; root when no `USER` was set.
    pub fn identity(&self) -> Option<Result<Resolved, AccountError>> {
        match &self.config.user {
            None => Some(Ok(Resolved {
                identity: Identity::ROOT,
                home: "/root".into(),
            })),
            Some(user) if user.is_empty() || user == "root" || user == "0" => Some(Ok(Resolved {
                identity: Identity::ROOT,
                home: "/root".into(),
            })),
            Some(user) => self.accounts.resolve(user),
        }
    }

    /// The user's home folder, as `HOME` is set for `RUN` and the container.
    pub fn home(&self) -> String {
        match self.identity() {
            Some(Ok(resolved)) => resolved.home,
            _ => match self
                .config
                .user
                .as_deref()
                .map(|u| u.split(':').next().unwrap_or(u))
            {
                None | Some("root" | "0" | "") => "/root".into(),
                Some(user) => format!("/home/{user}"),
            },
        }
    }

    /// Whether something in the stage carries `tag`.
    pub fn has(&self, tag: &Tag) -> bool {
        self.files.entries.iter().any(|entry| entry.has(tag))
    }

    /// The C library the image provides, if any.
    pub fn libc(&self) -> Option<Libc> {
        if self.has(&Tag::Glibc) {
            Some(Libc::Glibc)
        } else if self.has(&Tag::Musl) {
            Some(Libc::Musl)
        } else {
            None
        }
    }

    /// What `/bin/sh` is, when the stage has one; `None` also when unknown.
    pub fn sh(&self) -> Option<ShellKind> {
        let row_shell = self.base.row().and_then(|row| row.shell);
        match self.presence("/bin/sh") {
            Presence::Yes => row_shell.or(Some(ShellKind::Dash)),
            _ => None,
        }
    }

    /// Whether `path` exists in the stage, as far as the checker knows.
    pub fn presence(&self, path: &str) -> Presence {
        if self.files.locate(path).is_ok() {
            return Presence::Yes;
        }
        match &self.base.kind {
            BaseImage::Scratch => Presence::No,
            BaseImage::Unknown | BaseImage::Invalid => Presence::Unknown,
            BaseImage::Known(row) => {
                let system = is_system_path(path);
                if system && (!row.complete || fs::is_within(path, "/etc")) {
                    Presence::Unknown
                } else {
                    Presence::No
                }
            }
        }
    }

    /// Whether `who` may create `path` (write in its folder), in a `RUN`.
    pub fn can_create(&self, who: Identity, path: &str) -> Presence {
        if who.is_root() {
            return Presence::Yes;
        }
        let parent = fs::resolve(path, "..");
        match self.files.folder_at(&parent) {
            Some(folder) if folder.writable_by(who) => Presence::Yes,
            Some(_) => Presence::No,
            // Created by no instruction the checker saw: the image's own.
            None if !self.base.is_known() => Presence::Unknown,
            None => Presence::No,
        }
    }

    /// Adds an entry, over whatever was at its path: what an earlier layer
    /// held there stays in that layer (`npm ci` over a `node_modules`).
    pub fn write(&mut self, entry: Entry, line: usize) {
        let layer = entry.layer;
        let replaced = self.files.remove(&entry.path);
        self.shadow(replaced, layer, line);
        self.files.add(entry);
    }

    /// Removes what lies at `path` (which may hold `*`); what an earlier
    /// instruction wrote stays in its layer, hidden but shipped.
    pub fn remove(&mut self, path: &str, layer: usize, line: usize) -> Vec<Entry> {
        let removed = self.files.remove(path);
        self.shadow(removed.clone(), layer, line);
        removed
    }

    fn shadow(&mut self, removed: Vec<Entry>, layer: usize, line: usize) {
        for entry in removed {
            if entry.layer != 0 && entry.layer < layer && entry.size > 0 {
                self.shadowed.push(Shadowed {
                    entry,
                    removed_at: line,
                });
            }
        }
    }

    /// `chmod`: the entries at or under `path` take `mode`; a file inside a
    /// coarse folder (`dist/index.js`) becomes an entry of its own.
    pub fn chmod(&mut self, path: &str, mode: u32, recursive: bool) {
        let mut found = false;
        for entry in &mut self.files.entries {
            if entry.path == path || (recursive && fs::is_within(&entry.path, path)) {
                entry.mode = mode;
                found = true;
            }
        }
        if let (false, Some(holder)) = (found, self.files.find(path).cloned()) {
            let mut file = holder;
            file.path = path.to_string();
            file.dir = false;
            file.size = 0;
            file.contents.clear();
            file.spread_from = None;
            file.executable = super::fs::Executable::No;
            file.mode = mode;
            self.files.entries.push(file);
        }
    }

    /// `chown`: the entries at or under `path` take `owner`.
    pub fn chown(&mut self, path: &str, owner: Identity, recursive: bool) {
        for entry in &mut self.files.entries {
            if entry.path == path || (recursive && fs::is_within(&entry.path, path)) {
                entry.owner = owner;
            }
        }
    }

    /// Adds a folder owned by `owner` where none is, as `mkdir -p`, `WORKDIR`
    /// or a `COPY` destination creates it (with its missing parents).
    pub fn make_folder(&mut self, path: &str, owner: Identity, layer: usize) {
        let mut missing = Vec::new();
        let mut at = path.to_string();
        while at != "/" && self.files.folder_at(&at).is_none() && !self.files.has_file_at(&at) {
            missing.push(at.clone());
            at = fs::resolve(&at, "..");
        }
        for folder in missing.into_iter().rev() {
            let mut entry = Entry::folder(folder, owner);
            entry.layer = layer;
            self.files.entries.push(entry);
        }
    }
}

/// Folders where an operating system keeps files the simulation does not
/// list one by one (`/etc/passwd`, `/usr/share/zoneinfo`, libraries…).
/// Application folders (`/usr/src/app`, `/usr/local/src`) are not among them.
const SYSTEM_FOLDERS: [&str; 13] = [
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
    "/usr/local/etc",
];

/// Whether `path` lies in an operating system's own folders.
pub fn is_system_path(path: &str) -> bool {
    SYSTEM_FOLDERS
        .iter()
        .any(|folder| path != *folder && fs::is_within(path, folder))
}
