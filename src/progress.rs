//! What a learner has done, kept between runs: the lessons read and the
//! exercises passed, with their dates, and the hints each exercise took.
//! The lessons read belong to the person: they live in the user's data
//! directory (XDG: `~/.local/share/multistage/progress.json`, or
//! `$MULTISTAGE_HOME`). The exercises belong to their workspace: they live
//! in it (`.multistage-progress.json`), so a new workspace starts afresh and
//! resetting one leaves the others alone; the data folder's own workspace
//! still reads what earlier versions kept in `progress.json`. Both are written atomically
//! (temporary file, fsync, rename) so a crash never leaves half a file, and
//! merged with what is on disk, so two tutorials open at once both keep
//! their lessons. A corrupt file is set aside with a warning; a file that
//! cannot be read at all (permissions) is left alone and nothing is saved
//! over it. Never a crash.

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

/// The learner's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// Lesson slug → when it was first read (RFC 3339, UTC).
    #[serde(default)]
    pub lessons_read: BTreeMap<String, String>,
    /// Exercise id → what the learner did in it.
    #[serde(default)]
    pub exercises: BTreeMap<String, ExerciseProgress>,
}

/// One exercise's progress.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ExerciseProgress {
    /// When it first passed (RFC 3339, UTC).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passed: Option<String>,
    /// How many hints were shown.
    #[serde(default)]
    pub hints: u32,
    /// The editor's cursor line when the learner left (0-based), to reopen there.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub line: Option<usize>,
}

impl Progress {
    pub fn is_read(&self, slug: &str) -> bool {
        self.lessons_read.contains_key(slug)
    }

    /// Adds what `other` has read; the earlier date wins.
    fn merge(&mut self, other: &Progress) {
        for (slug, date) in &other.lessons_read {
            self.lessons_read
                .entry(slug.clone())
                .and_modify(|mine| {
                    if date < mine {
                        mine.clone_from(date);
                    }
                })
                .or_insert_with(|| date.clone());
        }
        for (id, theirs) in &other.exercises {
            let mine = self.exercises.entry(id.clone()).or_default();
            mine.hints = mine.hints.max(theirs.hints);
            // `other` is the newer progress: its cursor line wins.
            if theirs.line.is_some() {
                mine.line = theirs.line;
            }
            mine.passed = match (mine.passed.take(), &theirs.passed) {
                (Some(a), Some(b)) => Some(if *b < a { b.clone() } else { a }),
                (a, b) => a.or_else(|| b.clone()),
            };
        }
    }

    /// When `id` first passed (RFC 3339), if it did.
    pub fn passed_at(&self, id: &str) -> Option<&str> {
        self.exercises.get(id)?.passed.as_deref()
    }

    pub fn has_passed(&self, id: &str) -> bool {
        self.exercises
            .get(id)
            .is_some_and(|exercise| exercise.passed.is_some())
    }

    /// Records a pass; `true` when it is the first.
    pub fn mark_passed(&mut self, id: &str) -> bool {
        let exercise = self.exercises.entry(id.to_string()).or_default();
        if exercise.passed.is_some() {
            return false;
        }
        exercise.passed = Some(now_rfc3339());
        true
    }

    pub fn hints_taken(&self, id: &str) -> u32 {
        self.exercises.get(id).map_or(0, |exercise| exercise.hints)
    }

    /// Records that `count` hints have now been shown.
    pub fn set_hints_taken(&mut self, id: &str, count: u32) {
        let exercise = self.exercises.entry(id.to_string()).or_default();
        exercise.hints = exercise.hints.max(count);
    }

    /// Where the learner left the exercise's editor.
    pub fn set_line(&mut self, id: &str, line: usize) {
        self.exercises.entry(id.to_string()).or_default().line = Some(line);
    }

    pub fn line(&self, id: &str) -> Option<usize> {
        self.exercises.get(id).and_then(|exercise| exercise.line)
    }

    /// Marks a lesson read; `true` when that is new.
    pub fn mark_read(&mut self, slug: &str) -> bool {
        if self.is_read(slug) {
            return false;
        }
        self.lessons_read.insert(slug.to_string(), now_rfc3339());
        true
    }
}

/// Where progress is stored: one file, or the person's file for the
/// lessons and the workspace's for the exercises.
#[derive(Debug, Clone)]
pub struct Store {
    path: PathBuf,
    workspace: Option<WorkspaceFile>,
}

#[derive(Debug, Clone)]
struct WorkspaceFile {
    path: PathBuf,
    /// The data folder's own workspace: before it had a file of its own,
    /// its exercises were kept in the person's file.
    legacy: bool,
}

/// The exercises' progress file in a workspace.
pub const WORKSPACE_FILE: &str = ".multistage-progress.json";

/// What happened while loading, for the learner to know.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LoadNote {
    /// The file was corrupt; it was moved there and a new one started.
    SetAside(PathBuf),
    /// The file exists but cannot be read (the reason): it is left as it is
    /// and this session's progress is not saved.
    Unreadable(String),
}

/// The data directory: `$MULTISTAGE_HOME`, else the XDG data directory.
pub fn data_dir() -> Option<PathBuf> {
    if let Some(home) = std::env::var_os("MULTISTAGE_HOME").filter(|home| !home.is_empty()) {
        return Some(PathBuf::from(home));
    }
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy()
        .ok()
        .map(|strategy| strategy.data_dir().join("multistage"))
}

impl Store {
    /// Everything in one file.
    pub fn at(path: PathBuf) -> Store {
        Store {
            path,
            workspace: None,
        }
    }

    /// The learner's own store, in the data directory, with the exercises
    /// of the workspace at `root` (none: the lessons only matter).
    pub fn for_workspace(root: Option<&Path>) -> Option<Store> {
        let dir = data_dir()?;
        let mut store = Store::at(dir.join("progress.json"));
        store.workspace = root.map(|root| WorkspaceFile {
            path: root.join(WORKSPACE_FILE),
            legacy: same_folder(root, &dir.join("exercices")),
        });
        Some(store)
    }

    /// Reads the progress: the person's lessons and, with a workspace, its
    /// exercises. A missing file is a fresh start, a corrupt one is set
    /// aside, an unreadable one is reported.
    pub fn load(&self) -> (Progress, Option<LoadNote>) {
        let (mut progress, note) = read_file(&self.path);
        let Some(workspace) = &self.workspace else {
            return (progress, note);
        };
        if workspace.path.exists() {
            let (own, own_note) = read_file(&workspace.path);
            progress.exercises = own.exercises;
            (progress, note.or(own_note))
        } else {
            if !workspace.legacy {
                progress.exercises.clear();
            }
            (progress, note)
        }
    }

    /// Starts this store's exercises afresh, the lessons read kept: the
    /// workspace's file is moved aside (`….bak-<seconds>`, whose path is
    /// returned) and an empty one takes its place. Without a workspace, the
    /// whole file is moved aside.
    pub fn clear(&self) -> io::Result<Option<PathBuf>> {
        let Some(workspace) = &self.workspace else {
            return move_aside(&self.path);
        };
        let backup = move_aside(&workspace.path)?;
        // An empty file of its own: the data folder's workspace no longer
        // reads the exercises kept in the person's file.
        write_atomically(&workspace.path, b"{}\n")?;
        Ok(backup)
    }

    /// Writes the progress atomically, each part to its file, with what
    /// another tutorial may have saved since this one started.
    pub fn save(&self, progress: &Progress) -> io::Result<()> {
        let Some(workspace) = &self.workspace else {
            return merge_into(&self.path, progress);
        };
        let lessons = Progress {
            lessons_read: progress.lessons_read.clone(),
            exercises: BTreeMap::new(),
        };
        merge_into(&self.path, &lessons)?;
        let exercises = Progress {
            lessons_read: BTreeMap::new(),
            exercises: progress.exercises.clone(),
        };
        merge_into(&workspace.path, &exercises)
    }
}

/// Whether two paths name the same folder (either may not exist yet).
fn same_folder(a: &Path, b: &Path) -> bool {
    match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    }
}

/// Moves `path` aside (`….bak-<seconds>`); a missing file is nothing to move.
fn move_aside(path: &Path) -> io::Result<Option<PathBuf>> {
    if !path.exists() {
        return Ok(None);
    }
    let name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let backup = path.with_file_name(format!("{name}.bak-{}", unix_seconds()));
    fs::rename(path, &backup)?;
    Ok(Some(backup))
}

/// Adds `progress` to what `path` holds, and writes it atomically.
fn merge_into(path: &Path, progress: &Progress) -> io::Result<()> {
    let mut merged = fs::read(path)
        .ok()
        .and_then(|bytes| serde_json::from_slice::<Progress>(&bytes).ok())
        .unwrap_or_default();
    merged.merge(progress);
    let json = serde_json::to_string_pretty(&merged).map_err(io::Error::other)?;
    write_atomically(path, json.as_bytes())
}

/// Reads one progress file; a missing file is a fresh start, a corrupt one
/// is set aside, an unreadable one is reported.
fn read_file(path: &Path) -> (Progress, Option<LoadNote>) {
    let bytes = match fs::read(path) {
        Ok(bytes) => bytes,
        Err(error) if error.kind() == io::ErrorKind::NotFound => {
            return (Progress::default(), None);
        }
        Err(error) => {
            return (
                Progress::default(),
                Some(LoadNote::Unreadable(error.to_string())),
            );
        }
    };
    match serde_json::from_slice(&bytes) {
        Ok(progress) => (progress, None),
        Err(_) => {
            // A second corrupt file within the same second gets its own name.
            let mut aside = path.with_extension(format!("json.corrupt-{}", unix_seconds()));
            let mut n = 1;
            while aside.exists() {
                aside = path.with_extension(format!("json.corrupt-{}-{n}", unix_seconds()));
                n += 1;
            }
            let note = fs::rename(path, &aside)
                .ok()
                .map(|()| LoadNote::SetAside(aside));
            (Progress::default(), note)
        }
    }
}

/// Writes `bytes` to a temporary file beside `path`, syncs it and renames it
/// over `path`: readers see the old file or the new one, never a mix.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> io::Result<()> {
    if let Some(parent) = path
        .parent()
        .filter(|parent| !parent.as_os_str().is_empty())
    {
        fs::create_dir_all(parent)?;
    }
    let file_name = path
        .file_name()
        .map(|name| name.to_string_lossy().into_owned())
        .unwrap_or_default();
    let temporary = path.with_file_name(format!(".{file_name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = File::create(&temporary)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temporary, path)?;
        // The rename itself reaches the disk with the folder.
        if let Some(parent) = path.parent() {
            let parent = if parent.as_os_str().is_empty() {
                Path::new(".")
            } else {
                parent
            };
            File::open(parent)?.sync_all()?;
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temporary);
    }
    result
}

pub(crate) fn unix_seconds() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|elapsed| elapsed.as_secs())
        .unwrap_or(0)
}

/// The current time as `YYYY-MM-DDTHH:MM:SSZ`.
pub fn now_rfc3339() -> String {
    rfc3339(unix_seconds())
}

/// A Unix time as RFC 3339 in UTC (days to civil date, after H. Hinnant).
fn rfc3339(seconds: u64) -> String {
    let days = (seconds / 86_400) as i64;
    let rest = seconds % 86_400;
    let shifted = days + 719_468;
    let era = shifted.div_euclid(146_097);
    let day_of_era = shifted.rem_euclid(146_097);
    let year_of_era =
        (day_of_era - day_of_era / 1460 + day_of_era / 36_524 - day_of_era / 146_096) / 365;
    let day_of_year = day_of_era - (365 * year_of_era + year_of_era / 4 - year_of_era / 100);
    let month_index = (5 * day_of_year + 2) / 153;
    let day = day_of_year - (153 * month_index + 2) / 5 + 1;
    let month = if month_index < 10 {
        month_index + 3
    } else {
        month_index - 9
    };
    let year = year_of_era + era * 400 + i64::from(month <= 2);
    format!(
        "{year:04}-{month:02}-{day:02}T{:02}:{:02}:{:02}Z",
        rest / 3600,
        rest % 3600 / 60,
        rest % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Lessons go to the person's file, exercises to the workspace's; the
    /// data folder's workspace reads the exercises older versions kept
    /// with the lessons until it has a file of its own, and clearing it
    /// gives it one, empty, the lessons kept.
    #[test]
    fn lessons_stay_with_the_person_exercises_with_the_workspace() {
        let dir = tempfile::tempdir().unwrap();
        let person = dir.path().join("progress.json");
        fs::write(
            &person,
            r#"{"lessons_read": {"bonus": "2026-12-01T00:00:00Z"}, "exercises": {"01": {"passed": "2026-12-01T00:00:00Z", "hints": 0}}}"#,
        )
        .unwrap();
        let store = |root: &str, legacy: bool| Store {
            path: person.clone(),
            workspace: Some(WorkspaceFile {
                path: dir.path().join(root).join(WORKSPACE_FILE),
                legacy,
            }),
        };
        fs::create_dir_all(dir.path().join("exercices")).unwrap();
        fs::create_dir_all(dir.path().join("cours")).unwrap();
        let (legacy, _) = store("exercices", true).load();
        assert!(legacy.has_passed("01") && legacy.is_read("bonus"));
        let (fresh, _) = store("cours", false).load();
        assert!(!fresh.has_passed("01") && fresh.is_read("bonus"));

        let mut progress = fresh;
        progress.mark_passed("02");
        progress.mark_read("introduction");
        store("cours", false).save(&progress).unwrap();
        let (again, _) = store("cours", false).load();
        assert!(again.has_passed("02") && !again.has_passed("01"));
        let (other, _) = store("exercices", true).load();
        assert!(!other.has_passed("02") && other.is_read("introduction"));

        let backup = store("exercices", true).clear().unwrap();
        assert_eq!(backup, None, "nothing of its own to move aside");
        let (cleared, _) = store("exercices", true).load();
        assert!(
            !cleared.has_passed("01"),
            "the legacy exercises no longer count"
        );
        assert!(cleared.is_read("bonus") && cleared.is_read("introduction"));
    }

    #[test]
    fn dates_are_rfc3339() {
        assert_eq!(rfc3339(0), "1970-01-01T00:00:00Z");
        assert_eq!(rfc3339(1_795_827_193), "2026-11-28T00:53:13Z");
        assert_eq!(rfc3339(951_782_400), "2000-02-29T00:00:00Z");
    }

    #[test]
    fn saves_atomically_and_reloads() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("sub/progress.json"));
        let mut progress = Progress::default();
        assert!(progress.mark_read("bonus-nommez-vos-stages"));
        assert!(!progress.mark_read("bonus-nommez-vos-stages"));
        store.save(&progress).unwrap();
        assert_eq!(store.load(), (progress, None));
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("sub")).unwrap().collect();
        assert_eq!(leftovers.len(), 1, "no temporary file left behind");
    }

    #[test]
    fn two_tutorials_keep_each_others_lessons() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("progress.json"));
        let (mut first, _) = store.load();
        let (mut second, _) = store.load();
        first.mark_read("introduction");
        store.save(&first).unwrap();
        second.mark_read("conclusion");
        store.save(&second).unwrap();
        let (saved, _) = store.load();
        assert!(saved.is_read("introduction") && saved.is_read("conclusion"));
    }

    #[test]
    fn exercise_passes_and_hints_merge_between_sessions() {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::at(dir.path().join("progress.json"));
        let (mut first, _) = store.load();
        let (mut second, _) = store.load();
        assert!(first.mark_passed("01-premier-multi-stage"));
        assert!(!first.mark_passed("01-premier-multi-stage"));
        first.set_hints_taken("02-nommer-les-stages", 1);
        store.save(&first).unwrap();
        second.set_hints_taken("02-nommer-les-stages", 3);
        second.set_hints_taken("02-nommer-les-stages", 2);
        store.save(&second).unwrap();
        let (saved, _) = store.load();
        assert!(saved.has_passed("01-premier-multi-stage"));
        assert!(!saved.has_passed("02-nommer-les-stages"));
        assert_eq!(saved.hints_taken("02-nommer-les-stages"), 3);
    }

    #[test]
    fn an_unreadable_file_is_reported_and_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        // (A folder where the file should be: unreadable, even for root.)
        let path = dir.path().join("progress.json");
        fs::create_dir(&path).unwrap();
        let (progress, note) = Store::at(path.clone()).load();
        assert_eq!(progress, Progress::default());
        assert!(matches!(note, Some(LoadNote::Unreadable(_))), "{note:?}");
        assert!(path.is_dir());
    }

    #[test]
    fn a_corrupt_file_is_set_aside() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("progress.json");
        fs::write(&path, "{ not json").unwrap();
        let (progress, note) = Store::at(path.clone()).load();
        assert_eq!(progress, Progress::default());
        let Some(LoadNote::SetAside(aside)) = note else {
            panic!("not set aside")
        };
        assert_eq!(fs::read_to_string(aside).unwrap(), "{ not json");
        assert!(!path.exists());
    }
}
