//! A stage's files as the simulation sees them: coarse entries (a folder
//! such as `node_modules` is one entry with its total size), each with its
//! [`Tag`]s (what it is), its owner and mode (who may read, write or run
//! it), what running it does ([`Executable`]) and what it was built for
//! ([`Abi`]). Paths are absolute and normalised; copying follows Docker's
//! rules for `COPY` (a folder's contents go into the destination, a file
//! into a destination folder keeps its name, `*` and `?` match within one
//! path component).

use super::accounts::Identity;
use super::tag::Tag;

/// The C library a compiled file needs, or an image provides.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Libc {
    Glibc,
    Musl,
}

impl Libc {
    /// `glibc`, `musl (Alpine)`.
    pub fn name(self) -> &'static str {
        match self {
            Libc::Glibc => "glibc",
            Libc::Musl => "musl (Alpine)",
        }
    }
}

/// What a compiled file was built for: a Python version, a C library.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Abi {
    /// `3.12` for packages installed by that Python (or a venv of it).
    pub python: Option<String>,
    /// The C library compiled code links against.
    pub libc: Option<Libc>,
    /// The CPU a compiled program is for (`amd64`, `arm64`), where known.
    pub arch: Option<String>,
}

/// What the kernel does when the file is executed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Executable {
    /// Not a program: data, a folder, JavaScript without a `#!` line
    /// ("exec format error").
    No,
    /// A compiled program: linked statically (`None`) or against a C library.
    Elf(Option<Libc>),
    /// A script: `#!` and its interpreter.
    Script(String),
    /// The simulation does not know what the file holds.
    Unknown,
}

/// One file or folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Absolute, normalised, without a trailing `/`.
    pub path: String,
    pub size: u64,
    pub tags: Vec<Tag>,
    pub dir: bool,
    pub owner: Identity,
    /// Permission bits (`0o755`), with the sticky bit where set (`0o1777`).
    pub mode: u32,
    pub executable: Executable,
    pub abi: Abi,
    /// The stage a `COPY --from` brought it from, if it came that way.
    pub copied_from: Option<usize>,
    /// The instruction (index in the Dockerfile) whose layer holds it; 0 for
    /// the base image.
    pub layer: usize,
    /// For a folder whose contents were copied into another folder
    /// (`COPY --from=build /app/dist ./`): the name it had, `dist`. Its files
    /// are then at `/app/index.js`, not `/app/dist/index.js`.
    pub spread_from: Option<String>,
    /// For a folder, the files known to be inside (relative paths); empty
    /// when the simulation does not know them one by one.
    pub contents: Vec<String>,
    /// A folder made by `WORKDIR`, `mkdir` or a `COPY` destination: it holds
    /// what the entries under it say, nothing more (a coarse folder such as
    /// `node_modules` holds whatever may be in it).
    pub structural: bool,
    /// The text of a file the Dockerfile itself wrote (a `COPY <<EOF`
    /// heredoc): a script the start can follow.
    pub text: Option<String>,
}

impl Entry {
    /// A root-owned entry: a folder `0755`, a file `0644` that runs nothing.
    pub fn new(path: impl Into<String>, size: u64, tags: &[Tag], dir: bool) -> Entry {
        Entry {
            path: path.into(),
            size,
            tags: tags.to_vec(),
            dir,
            owner: Identity::ROOT,
            mode: if dir { 0o755 } else { 0o644 },
            executable: Executable::No,
            abi: Abi::default(),
            copied_from: None,
            layer: 0,
            spread_from: None,
            contents: Vec::new(),
            structural: false,
            text: None,
        }
    }

    /// An empty folder that `owner` owns (`WORKDIR`, `mkdir`).
    pub fn folder(path: impl Into<String>, owner: Identity) -> Entry {
        let mut entry = Entry::new(path, 0, &[], true).owned_by(owner);
        entry.structural = true;
        entry
    }

    /// A program: mode `0755`, run as `executable` says.
    pub fn program(mut self, executable: Executable) -> Entry {
        self.mode = 0o755;
        self.executable = executable;
        self
    }

    pub fn owned_by(mut self, owner: Identity) -> Entry {
        self.owner = owner;
        self
    }

    /// Whether the build put it there (not the base image, not a bare folder).
    pub fn is_added(&self) -> bool {
        !self.has(&Tag::BaseImage) && !self.tags.is_empty()
    }

    pub fn has(&self, tag: &Tag) -> bool {
        self.tags.contains(tag)
    }

    /// Adds a tag once.
    pub fn tag(&mut self, tag: Tag) {
        if !self.has(&tag) {
            self.tags.push(tag);
        }
    }

    /// The permission bits `who` gets: owner's, group's or others'.
    fn bits_for(&self, who: Identity) -> u32 {
        if who.uid == self.owner.uid {
            (self.mode >> 6) & 7
        } else if who.gid == self.owner.gid {
            (self.mode >> 3) & 7
        } else {
            self.mode & 7
        }
    }

    /// Whether `who` may create or remove names in this folder (root may always).
    pub fn writable_by(&self, who: Identity) -> bool {
        who.is_root() || self.bits_for(who) & 0o2 != 0
    }

    /// Whether `who` may read this file (or list and enter this folder).
    pub fn readable_by(&self, who: Identity) -> bool {
        let bits = self.bits_for(who);
        who.is_root() || (bits & 0o4 != 0 && (!self.dir || bits & 0o1 != 0))
    }

    /// Whether the execute bit lets `who` run it (root needs one bit set).
    pub fn runnable_by(&self, who: Identity) -> bool {
        if who.is_root() {
            self.mode & 0o111 != 0
        } else {
            self.bits_for(who) & 0o1 != 0
        }
    }
}

/// Why nothing is at a path.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Missing<'a> {
    Absent,
    /// A folder's contents were copied into `holder` (`COPY dist ./`): the
    /// folder itself, `name`, is not there.
    Spread {
        holder: &'a Entry,
        name: String,
    },
    /// `holder`'s files are known, and this is not one of them.
    NotListed {
        holder: &'a Entry,
    },
}

/// The files of one stage (or of the build context, rooted at `/`).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filesystem {
    pub entries: Vec<Entry>,
}

/// `path` resolved against `dir` and normalised: `.` and `..` removed,
/// never above `/`.
pub fn resolve(dir: &str, path: &str) -> String {
    let joined = if path.starts_with('/') {
        path.to_string()
    } else {
        format!("{dir}/{path}")
    };
    let mut parts: Vec<&str> = Vec::new();
    for part in joined.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop();
            }
            part => parts.push(part),
        }
    }
    format!("/{}", parts.join("/"))
}

/// Whether `path` is `ancestor` or lies under it.
pub fn is_within(path: &str, ancestor: &str) -> bool {
    ancestor == "/"
        || path == ancestor
        || (path.starts_with(ancestor) && path.as_bytes().get(ancestor.len()) == Some(&b'/'))
}

fn basename(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

/// One element of a glob pattern.
enum Token {
    Star,
    Any,
    /// `[abc]`, `[a-z]`, `[!x]`: ranges (a single character is a range of one).
    Class {
        negate: bool,
        ranges: Vec<(char, char)>,
    },
    Char(char),
}

impl Token {
    fn matches(&self, ch: char) -> bool {
        match self {
            Token::Star | Token::Any => true,
            Token::Class { negate, ranges } => {
                ranges.iter().any(|&(low, high)| low <= ch && ch <= high) != *negate
            }
            Token::Char(own) => *own == ch,
        }
    }
}

fn tokens(pattern: &str) -> Vec<Token> {
    let chars: Vec<char> = pattern.chars().collect();
    let mut tokens = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '*' => {
                // Consecutive stars match what one does.
                if !matches!(tokens.last(), Some(Token::Star)) {
                    tokens.push(Token::Star);
                }
            }
            '?' => tokens.push(Token::Any),
            '[' => match chars[i + 1..].iter().position(|&c| c == ']') {
                Some(length) => {
                    let mut class = &chars[i + 1..i + 1 + length];
                    let negate = matches!(class.first(), Some('!' | '^'));
                    if negate {
                        class = &class[1..];
                    }
                    let ranges = class_ranges(class);
                    tokens.push(Token::Class { negate, ranges });
                    i += length + 1;
                }
                None => tokens.push(Token::Char('[')),
            },
            ch => tokens.push(Token::Char(ch)),
        }
        i += 1;
    }
    tokens
}

/// The ranges of a bracket class's body (`a-z0-9_`): a single character is
/// a range of one.
pub(super) fn class_ranges(class: &[char]) -> Vec<(char, char)> {
    let mut ranges = Vec::new();
    let mut k = 0;
    while k < class.len() {
        if k + 2 < class.len() && class[k + 1] == '-' {
            ranges.push((class[k], class[k + 2]));
            k += 3;
        } else {
            ranges.push((class[k], class[k]));
            k += 1;
        }
    }
    ranges
}

/// Shell-style matching of one path component: `*`, `?`, `[abc]`. Linear
/// backtracking on the last star only, so no pattern can take exponential time.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let pattern = tokens(pattern);
    let text: Vec<char> = text.chars().collect();
    let (mut p, mut t) = (0, 0);
    let mut last_star: Option<(usize, usize)> = None;
    while t < text.len() {
        match pattern.get(p) {
            Some(Token::Star) => {
                last_star = Some((p, t));
                p += 1;
            }
            Some(token) if token.matches(text[t]) => {
                p += 1;
                t += 1;
            }
            _ => match last_star {
                Some((star, matched)) => {
                    p = star + 1;
                    t = matched + 1;
                    last_star = Some((star, matched + 1));
                }
                None => return false,
            },
        }
    }
    pattern[p..]
        .iter()
        .all(|token| matches!(token, Token::Star))
}

pub fn has_glob(path: &str) -> bool {
    path.contains(['*', '?', '['])
}

/// Whether an absolute `path` matches an absolute `pattern`, component by component.
fn path_matches(pattern: &str, path: &str) -> bool {
    let pattern: Vec<&str> = pattern.split('/').filter(|p| !p.is_empty()).collect();
    let path: Vec<&str> = path.split('/').filter(|p| !p.is_empty()).collect();
    pattern.len() == path.len() && pattern.iter().zip(&path).all(|(p, t)| glob_match(p, t))
}

/// What one source of a copy brings: entries relative to the source, and
/// whether the source is a folder (its contents go into the destination).
#[derive(Debug, Clone)]
pub struct Selection {
    pub dir: bool,
    /// The source's own name, for a file copied into a folder.
    pub name: String,
    /// (path relative to the source, `""` for the source itself; the entry).
    pub items: Vec<(String, Entry)>,
}

impl Filesystem {
    /// Adds an entry, replacing whatever was at its path or under it.
    pub fn add(&mut self, entry: Entry) {
        self.entries
            .retain(|own| !is_within(&own.path, &entry.path));
        self.entries.push(entry);
    }

    /// Puts a folder's contents at `entry.path` beside what is already there,
    /// as copying into an existing folder does.
    fn merge_folder(&mut self, entry: Entry) {
        match self.entries.iter_mut().find(|own| own.path == entry.path) {
            Some(own) if own.dir => {
                if own.structural {
                    // Contents spread into a plain folder: it now holds them.
                    own.structural = false;
                    own.spread_from = entry.spread_from;
                    own.contents = entry.contents;
                    own.executable = entry.executable;
                    own.abi = entry.abi;
                }
                own.size += entry.size;
                for tag in entry.tags {
                    own.tag(tag);
                }
                own.copied_from = entry.copied_from.or(own.copied_from);
            }
            Some(own) => *own = entry,
            None => self.entries.push(entry),
        }
    }

    /// Removes what lies at or under `path` (which may hold `*` and `?`),
    /// and returns it.
    pub fn remove(&mut self, path: &str) -> Vec<Entry> {
        // `rm -rf dir/*` empties a folder the simulation holds as one entry.
        let emptied = path.strip_suffix("/*");
        let doomed = |entry: &Entry| {
            if emptied == Some(entry.path.as_str()) {
                true
            } else if has_glob(path) {
                let depth = path.split('/').filter(|p| !p.is_empty()).count();
                let prefix: Vec<&str> = entry
                    .path
                    .split('/')
                    .filter(|p| !p.is_empty())
                    .take(depth)
                    .collect();
                prefix.len() == depth && path_matches(path, &format!("/{}", prefix.join("/")))
            } else {
                is_within(&entry.path, path)
            }
        };
        let (removed, kept): (Vec<Entry>, Vec<Entry>) = std::mem::take(&mut self.entries)
            .into_iter()
            .partition(doomed);
        self.entries = kept;
        removed
    }

    /// The entry at `path`, or the coarse folder entry that holds it.
    pub fn find(&self, path: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .filter(|entry| {
                entry.path == path || (is_within(path, &entry.path) && !entry.structural)
            })
            .max_by_key(|entry| entry.path.len())
    }

    /// The folder at `path`, or the coarse folder that holds it: what
    /// decides who may write there.
    pub fn folder_at(&self, path: &str) -> Option<&Entry> {
        self.find(path).filter(|entry| entry.dir)
    }

    /// Whether a file (not a folder) is at `path`.
    pub fn has_file_at(&self, path: &str) -> bool {
        self.entries
            .iter()
            .any(|entry| entry.path == path && !entry.dir)
    }

    /// What is at `path`: the entry at or holding it (`None` for a folder
    /// that only its contents imply), or why nothing is.
    pub fn locate(&self, path: &str) -> Result<Option<&Entry>, Missing<'_>> {
        let Some(entry) = self.find(path) else {
            return if self
                .entries
                .iter()
                .any(|entry| is_within(&entry.path, path))
            {
                Ok(None)
            } else {
                Err(Missing::Absent)
            };
        };
        let inside = path[entry.path.len().min(path.len())..].trim_start_matches('/');
        if let Some(name) = &entry.spread_from
            && (inside == name || inside.starts_with(&format!("{name}/")))
            && !self
                .entries
                .iter()
                .any(|other| is_within(&other.path, path))
        {
            return Err(Missing::Spread {
                holder: entry,
                name: name.clone(),
            });
        }
        if !entry.contents.is_empty()
            && !inside.is_empty()
            && !entry.contents.iter().any(|known| known == inside)
        {
            return Err(Missing::NotListed { holder: entry });
        }
        Ok(Some(entry))
    }

    /// Whether `path` exists where it says: not only as part of a folder
    /// whose contents were spread elsewhere (`COPY cmd ./` loses `cmd/`).
    pub fn holds_unspread(&self, path: &str) -> bool {
        matches!(self.locate(path), Ok(_) | Err(Missing::NotListed { .. }))
    }

    /// Whether something exists at `path`: an entry, a folder entry holding
    /// it, or entries under it (an implied folder).
    pub fn exists(&self, path: &str) -> bool {
        self.find(path).is_some() || self.entries.iter().any(|e| is_within(&e.path, path))
    }

    /// Entries at or under `dir`.
    pub fn under<'a>(&'a self, dir: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| is_within(&e.path, dir))
    }

    pub fn total_size(&self) -> u64 {
        self.entries.iter().map(|entry| entry.size).sum()
    }

    /// Every path that exists, implied folders included, for glob matching.
    fn all_paths(&self) -> Vec<String> {
        let mut paths: Vec<String> = Vec::new();
        for entry in &self.entries {
            let mut path = entry.path.as_str();
            loop {
                if !paths.iter().any(|p| p == path) {
                    paths.push(path.to_string());
                }
                match path.rfind('/') {
                    Some(0) | None => break,
                    Some(at) => path = &path[..at],
                }
            }
        }
        paths
    }

    /// What a copy source brings; empty when it names nothing (the build
    /// would fail). `source` is absolute and may hold `*` and `?`.
    pub fn select(&self, source: &str) -> Vec<Selection> {
        if has_glob(source) {
            let mut matched: Vec<String> = self
                .all_paths()
                .into_iter()
                .filter(|path| path_matches(source, path))
                .collect();
            matched.sort();
            if matched.is_empty() {
                return self.select_in_folder(source).into_iter().collect();
            }
            matched
                .iter()
                .filter_map(|path| self.select_one(path))
                .collect()
        } else {
            self.select_one(source).into_iter().collect()
        }
    }

    /// `dist/*.js` inside a folder held as one entry: the matching part of
    /// its contents (the known files must match, when they are known).
    fn select_in_folder(&self, pattern: &str) -> Option<Selection> {
        let components: Vec<&str> = pattern.split('/').filter(|c| !c.is_empty()).collect();
        let first_glob = components
            .iter()
            .position(|component| has_glob(component))?;
        let parent = format!("/{}", components[..first_glob].join("/"));
        let holder = self.find(&parent).filter(|entry| entry.dir)?;
        if !holder.contents.is_empty() {
            let inside = parent[holder.path.len().min(parent.len())..].trim_start_matches('/');
            let rest = components[first_glob..].join("/");
            let relative = if inside.is_empty() {
                rest
            } else {
                format!("{inside}/{rest}")
            };
            let pattern = format!("/{relative}");
            if !holder
                .contents
                .iter()
                .any(|file| path_matches(&pattern, &format!("/{file}")))
            {
                return None;
            }
        }
        Some(Selection {
            dir: true,
            name: basename(&parent).to_string(),
            items: vec![(String::new(), holder.clone())],
        })
    }

    fn select_one(&self, source: &str) -> Option<Selection> {
        let name = basename(source).to_string();
        if let Some(entry) = self.entries.iter().find(|entry| entry.path == source) {
            let mut items = vec![(String::new(), entry.clone())];
            items.extend(
                self.entries
                    .iter()
                    .filter(|other| other.path != source && is_within(&other.path, source))
                    .map(|other| (other.path[source.len()..].to_string(), other.clone())),
            );
            return Some(Selection {
                dir: entry.dir,
                name,
                items,
            });
        }
        let inside: Vec<(String, Entry)> = self
            .entries
            .iter()
            .filter(|entry| is_within(&entry.path, source))
            .map(|entry| {
                let relative = if source == "/" {
                    entry.path.clone()
                } else {
                    entry.path[source.len()..].to_string()
                };
                (relative, entry.clone())
            })
            .collect();
        if !inside.is_empty() {
            return Some(Selection {
                dir: true,
                name,
                items: inside,
            });
        }
        // Part of a folder entry: it carries what the folder carries.
        let holder = self.find(source)?;
        Some(Selection {
            dir: false,
            name,
            items: vec![(String::new(), holder.clone())],
        })
    }

    /// Puts what `selections` bring at `destination` (absolute), as `COPY`
    /// does; `into_dir` when the destination is a folder (it ends with `/`,
    /// or there are several sources).
    pub fn place(
        &mut self,
        selections: Vec<Selection>,
        destination: &str,
        into_dir: bool,
        copied_from: Option<usize>,
        layer: usize,
    ) {
        for selection in selections {
            let root = if selection.dir || !into_dir {
                destination.to_string()
            } else {
                resolve(destination, &selection.name)
            };
            // A folder known only by what is in it (`/out`, holding the
            // binary a build wrote there) still arrives as a folder: `COPY
            // /out /server` makes `/server` a folder holding `server`.
            if selection.dir
                && !selection
                    .items
                    .iter()
                    .any(|(relative, _)| relative.is_empty())
                && self.find(&root).is_none()
            {
                let mut folder = Entry::folder(root.clone(), Identity::ROOT);
                folder.layer = layer;
                self.entries.push(folder);
            }
            for (relative, mut entry) in selection.items {
                entry.path = resolve(&root, relative.trim_start_matches('/'));
                if relative.is_empty() && !selection.dir {
                    entry.dir = false;
                }
                if relative.is_empty()
                    && selection.dir
                    && !selection.name.is_empty()
                    && basename(&entry.path) != selection.name
                {
                    entry.spread_from = Some(selection.name.clone());
                }
                entry.copied_from = copied_from.or(entry.copied_from);
                entry.layer = layer;
                // A folder copied onto a folder merges with it, as COPY does:
                // what was there and is not in the copy stays.
                if (relative.is_empty() && selection.dir) || entry.dir {
                    self.merge_folder(entry);
                } else {
                    self.add(entry);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(path: &str, dir: bool, tag: Tag) -> Entry {
        Entry::new(path, 10, &[tag], dir)
    }

    fn context() -> Filesystem {
        Filesystem {
            entries: vec![
                entry("/package.json", false, Tag::Manifest),
                entry("/package-lock.json", false, Tag::Lockfile),
                entry("/src", true, Tag::Sources),
            ],
        }
    }

    fn paths(fs: &Filesystem) -> Vec<&str> {
        let mut paths: Vec<&str> = fs.entries.iter().map(|e| e.path.as_str()).collect();
        paths.sort();
        paths
    }

    #[test]
    fn paths_resolve_against_the_workdir() {
        assert_eq!(resolve("/app", "dist"), "/app/dist");
        assert_eq!(resolve("/app", "./dist/"), "/app/dist");
        assert_eq!(resolve("/app", "/srv"), "/srv");
        assert_eq!(resolve("/app", "../../.."), "/");
    }

    #[test]
    fn globs_match_within_a_component() {
        assert!(glob_match("package*.json", "package-lock.json"));
        assert!(glob_match("package*.json", "package.json"));
        assert!(!glob_match("package*.json", "tsconfig.json"));
        assert!(glob_match("[a-c]?", "b1"));
        assert!(!glob_match("[!a-c]?", "b1"));
        assert!(glob_match("*.js", "index.js") && !glob_match("*.js", "index.ts"));
        assert!(glob_match("a*b*c", "aXXbYYc") && !glob_match("a*b*c", "aXXbYY"));
        // Many stars against a long name that does not match: no exponential blow-up.
        assert!(!glob_match(
            "*a*a*a*a*a*a*a*a*a*a*a*a*a*a*x",
            &"a".repeat(200)
        ));
    }

    #[test]
    fn copy_dot_brings_the_whole_context_into_the_workdir() {
        let mut stage = Filesystem::default();
        stage.place(context().select("/"), "/app", true, None, 1);
        // `/app` arrives as a folder of its own, holding the context.
        assert_eq!(
            paths(&stage),
            [
                "/app",
                "/app/package-lock.json",
                "/app/package.json",
                "/app/src"
            ]
        );
        assert!(
            stage
                .find("/app")
                .is_some_and(|app| app.dir && app.structural)
        );
    }

    // Docker's COPY: "If <src> is a directory, the entire contents of the
    // directory are copied": `COPY /out /server` makes /server a folder.
    #[test]
    fn a_folder_known_by_its_files_arrives_as_a_folder() {
        let mut build = Filesystem::default();
        build.add(Entry::new("/out/server", 10, &[Tag::Binary], false));
        let mut stage = Filesystem::default();
        stage.place(build.select("/out"), "/server", false, None, 1);
        assert!(stage.find("/server").is_some_and(|server| server.dir));
        assert!(stage.has_file_at("/server/server"));
    }

    #[test]
    fn a_folder_gives_its_contents_and_a_file_keeps_its_name_in_a_folder() {
        let mut stage = Filesystem::default();
        stage.place(context().select("/src"), "/app", true, None, 1);
        stage.place(context().select("/package*.json"), "/app", true, None, 1);
        assert_eq!(
            paths(&stage),
            ["/app", "/app/package-lock.json", "/app/package.json"]
        );
        let spread = stage.find("/app").unwrap();
        assert!(spread.has(&Tag::Sources));
        assert_eq!(spread.spread_from.as_deref(), Some("src"));
    }

    #[test]
    fn missing_sources_select_nothing_and_parts_of_folders_inherit_their_tags() {
        let fs = context();
        assert!(fs.select("/dist").is_empty());
        assert!(fs.select("/nothing*").is_empty());
        let part = fs.select("/src/index.ts");
        assert_eq!(part.len(), 1);
        assert!(part[0].items[0].1.has(&Tag::Sources));
    }

    #[test]
    fn removing_takes_what_is_under_a_path_or_a_glob() {
        let mut fs = context();
        assert_eq!(fs.remove("/src").len(), 1);
        assert_eq!(paths(&fs), ["/package-lock.json", "/package.json"]);
        fs.remove("/package*");
        assert!(fs.entries.is_empty());
    }
}
