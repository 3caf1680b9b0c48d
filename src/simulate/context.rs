//! The build context: the scenario's files, what `.dockerignore` keeps of
//! them, and the patterns' rules (the last matching pattern wins, `!`
//! re-includes, `**` spans folders), which `COPY --exclude` shares.

use super::fs::{self, Entry, Filesystem};
use super::scenario::{ContextKind, Scenario};
use super::tag::Tag;

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
            &file.kind.tags(),
            dir,
        );
        entry.tag(Tag::File(relative.to_string()));
        files.add(entry);
    }
    files
}

/// Whether `.dockerignore` excludes `path` (relative to the context): the
/// last matching pattern wins, `!` re-includes, a pattern also covers what
/// lies under what it names, `**` matches any number of folders.
pub(super) fn ignored(patterns: &[String], path: &str) -> bool {
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
