//! A stage's files as the simulation sees them: coarse entries (a folder
//! such as `node_modules` is one entry with its total size), each carrying
//! tags that say what it is (`dependencies`, `build-output`, `sources`…).
//! Paths are absolute and normalised; copying follows Docker's rules for
//! `COPY` (a folder's contents go into the destination, a file into a
//! destination folder keeps its name, `*` and `?` match within one path
//! component).

/// One file or folder.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// Absolute, normalised, without a trailing `/`.
    pub path: String,
    pub size: u64,
    pub tags: Vec<String>,
    pub dir: bool,
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
}

impl Entry {
    pub fn new(path: impl Into<String>, size: u64, tags: &[&str], dir: bool) -> Entry {
        Entry {
            path: path.into(),
            size,
            tags: tags.iter().map(|tag| tag.to_string()).collect(),
            dir,
            copied_from: None,
            layer: 0,
            spread_from: None,
            contents: Vec::new(),
        }
    }

    pub fn has(&self, tag: &str) -> bool {
        self.tags.iter().any(|own| own == tag)
    }
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

/// Shell-style matching of one path component: `*`, `?`, `[abc]`.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    fn matches(pattern: &[char], text: &[char]) -> bool {
        match pattern.split_first() {
            None => text.is_empty(),
            Some(('*', rest)) => (0..=text.len()).any(|skip| matches(rest, &text[skip..])),
            Some(('?', rest)) => !text.is_empty() && matches(rest, &text[1..]),
            Some(('[', rest)) => {
                let Some(close) = rest.iter().position(|&c| c == ']') else {
                    return text.first() == Some(&'[') && matches(rest, &text[1..]);
                };
                let (class, after) = (&rest[..close], &rest[close + 1..]);
                let Some(&first) = text.first() else {
                    return false;
                };
                let (negate, class) = match class.split_first() {
                    Some(('!' | '^', class)) => (true, class),
                    _ => (false, class),
                };
                let mut found = false;
                let mut i = 0;
                while i < class.len() {
                    if i + 2 < class.len() && class[i + 1] == '-' {
                        found |= class[i] <= first && first <= class[i + 2];
                        i += 3;
                    } else {
                        found |= class[i] == first;
                        i += 1;
                    }
                }
                found != negate && matches(after, &text[1..])
            }
            Some((c, rest)) => text.first() == Some(c) && matches(rest, &text[1..]),
        }
    }
    let pattern: Vec<char> = pattern.chars().collect();
    let text: Vec<char> = text.chars().collect();
    matches(&pattern, &text)
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
                own.size += entry.size;
                for tag in entry.tags {
                    if !own.has(&tag) {
                        own.tags.push(tag);
                    }
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

    /// The entry at `path`, or the folder entry that holds it.
    pub fn find(&self, path: &str) -> Option<&Entry> {
        self.entries
            .iter()
            .filter(|entry| is_within(path, &entry.path))
            .max_by_key(|entry| entry.path.len())
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
            matched
                .iter()
                .filter_map(|path| self.select_one(path))
                .collect()
        } else {
            self.select_one(source).into_iter().collect()
        }
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
                if relative.is_empty() && selection.dir {
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

    fn entry(path: &str, dir: bool, tag: &str) -> Entry {
        Entry::new(path, 10, &[tag], dir)
    }

    fn context() -> Filesystem {
        Filesystem {
            entries: vec![
                entry("/package.json", false, "manifest"),
                entry("/package-lock.json", false, "lockfile"),
                entry("/src", true, "sources"),
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
    }

    #[test]
    fn copy_dot_brings_the_whole_context_into_the_workdir() {
        let mut stage = Filesystem::default();
        stage.place(context().select("/"), "/app", true, None, 1);
        assert_eq!(
            paths(&stage),
            ["/app/package-lock.json", "/app/package.json", "/app/src"]
        );
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
        assert!(spread.has("sources"));
        assert_eq!(spread.spread_from.as_deref(), Some("src"));
    }

    #[test]
    fn missing_sources_select_nothing_and_parts_of_folders_inherit_their_tags() {
        let fs = context();
        assert!(fs.select("/dist").is_empty());
        assert!(fs.select("/nothing*").is_empty());
        let part = fs.select("/src/index.ts");
        assert_eq!(part.len(), 1);
        assert!(part[0].items[0].1.has("sources"));
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
