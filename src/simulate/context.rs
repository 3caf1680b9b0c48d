//! The build context: the scenario's files, less what `.dockerignore`
//! excludes (see `dockerignore.rs` for how Docker reads the patterns).

use super::dockerignore::{self, Folder};
use super::fs::{self, Entry, Filesystem};
use super::scenario::{ContextKind, Scenario};
use super::tag::Tag;

/// The build context: the scenario's files under `/`, without what
/// `.dockerignore` excludes.
pub fn context(scenario: &Scenario) -> Filesystem {
    let mut files = Filesystem::default();
    let patterns = dockerignore::Patterns::new(&scenario.dockerignore);
    for file in &scenario.context {
        let relative = file.path.trim_end_matches('/');
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
        let path = fs::resolve("/", relative);
        if !dir && patterns.excluded(relative) {
            continue;
        }
        let folder = if dir {
            patterns.folder(relative)
        } else {
            Folder::Kept
        };
        let entry = match folder {
            Folder::Gone => continue,
            // The folder is sent, but nothing it held: no longer the project's.
            Folder::Emptied => Entry::new(path, 0, &[], true),
            Folder::Kept | Folder::Partly(_) => {
                let mut entry = Entry::new(path, file.size.0, &file.kind.tags(), dir);
                entry.tag(Tag::File(relative.to_string()));
                entry
            }
        };
        files.add(entry);
    }
    files
}
