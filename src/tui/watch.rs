//! Watching the exercise's folder for changes made by other programs (the
//! learner's own editor, `git checkout`…). The folder is watched, not the
//! file: editors that save by writing a new file and renaming it over the
//! old one replace the file, and a watch on the old one would go silent.
//! `notify` picks the system's own watcher (inotify on Linux, FSEvents on
//! macOS, ReadDirectoryChangesW on Windows) and calls back on a thread of
//! its own; the callback raises a flag and, on Unix, writes a byte to a
//! socket the run loop's `poll(2)` waits on, so an idle tutorial still
//! sleeps. Where no watch can be had (some network disks) the learner
//! regrades with a key.

use std::ffi::OsString;
use std::io;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

pub struct FolderWatch {
    /// Dropping the watcher ends the watch.
    _watcher: RecommendedWatcher,
    touched: Arc<AtomicBool>,
    /// Read end of the socket the callback writes to.
    #[cfg(unix)]
    wake: std::os::unix::net::UnixStream,
}

impl FolderWatch {
    /// A watch on the folder of `file`, if the system gives one.
    pub fn new(file: &Path) -> io::Result<FolderWatch> {
        let folder = file
            .parent()
            .filter(|parent| !parent.as_os_str().is_empty())
            .unwrap_or(Path::new("."));
        let file_name = file
            .file_name()
            .ok_or_else(|| io::Error::other("no file name"))?
            .to_os_string();
        let touched = Arc::new(AtomicBool::new(false));
        #[cfg(unix)]
        let (wake, wake_up) = {
            let (wake, wake_up) = std::os::unix::net::UnixStream::pair()?;
            wake.set_nonblocking(true)?;
            wake_up.set_nonblocking(true)?;
            (wake, wake_up)
        };
        let flag = Arc::clone(&touched);
        let mut watcher = notify::recommended_watcher(move |result: notify::Result<Event>| {
            if concerns(&result, &file_name) {
                flag.store(true, Ordering::Release);
                #[cfg(unix)]
                {
                    use std::io::Write;
                    // A full socket already holds a wake-up: nothing is lost.
                    let _ = (&wake_up).write(&[1]);
                }
            }
        })
        .map_err(io::Error::other)?;
        watcher
            .watch(folder, RecursiveMode::NonRecursive)
            .map_err(io::Error::other)?;
        Ok(FolderWatch {
            _watcher: watcher,
            touched,
            #[cfg(unix)]
            wake,
        })
    }

    /// A descriptor that becomes readable when the file may have changed.
    #[cfg(unix)]
    pub fn fd(&self) -> std::os::fd::RawFd {
        use std::os::fd::AsRawFd;
        self.wake.as_raw_fd()
    }

    /// Whether a change waits for `file_touched`, without clearing it.
    #[cfg(not(unix))]
    pub fn changed(&self) -> bool {
        self.touched.load(Ordering::Acquire)
    }

    /// Whether the file changed since the last call; clears the wake-ups.
    pub fn file_touched(&self) -> bool {
        #[cfg(unix)]
        {
            use std::io::Read;
            let mut drained = [0u8; 64];
            while matches!((&self.wake).read(&mut drained), Ok(n) if n > 0) {}
        }
        self.touched.swap(false, Ordering::AcqRel)
    }
}

/// Whether an event may have changed the file's content. Opening and
/// reading it do not: the tutorial reads it itself after each change, and
/// counting that would loop. An error or an overflow may hide a change.
fn concerns(result: &notify::Result<Event>, file_name: &OsString) -> bool {
    let Ok(event) = result else {
        return true;
    };
    if event.need_rescan() {
        return true;
    }
    let changes_content = match event.kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    };
    changes_content
        && event
            .paths
            .iter()
            .any(|path| path.file_name() == Some(file_name.as_os_str()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use notify::event::{CreateKind, ModifyKind, RenameMode};
    use std::path::PathBuf;

    fn event(kind: EventKind, path: &str) -> notify::Result<Event> {
        Ok(Event::new(kind).add_path(PathBuf::from(path)))
    }

    #[test]
    fn only_changes_to_the_file_count() {
        let name = OsString::from("Dockerfile");
        let write = EventKind::Modify(ModifyKind::Any);
        assert!(concerns(&event(write, "/ex/Dockerfile"), &name));
        assert!(!concerns(&event(write, "/ex/Dockerfile.bak-1"), &name));
        let renamed_over = EventKind::Modify(ModifyKind::Name(RenameMode::To));
        assert!(concerns(&event(renamed_over, "/ex/Dockerfile"), &name));
        let created = EventKind::Create(CreateKind::File);
        assert!(concerns(&event(created, "/ex/Dockerfile"), &name));
        let closed_written = EventKind::Access(AccessKind::Close(AccessMode::Write));
        assert!(concerns(&event(closed_written, "/ex/Dockerfile"), &name));
        let opened = EventKind::Access(AccessKind::Open(AccessMode::Any));
        assert!(!concerns(&event(opened, "/ex/Dockerfile"), &name));
        assert!(concerns(&Err(notify::Error::generic("overflow")), &name));
    }

    #[test]
    fn a_rename_over_the_file_is_seen() {
        let folder = tempfile::tempdir().unwrap();
        let file = folder.path().join("Dockerfile");
        std::fs::write(&file, "FROM alpine\n").unwrap();
        let watch = FolderWatch::new(&file).unwrap();
        std::fs::write(folder.path().join("other"), "x").unwrap();
        let saved = folder.path().join(".Dockerfile.swp");
        std::fs::write(&saved, "FROM debian\n").unwrap();
        std::fs::rename(&saved, &file).unwrap();
        let deadline = std::time::Instant::now() + std::time::Duration::from_secs(5);
        while !watch.file_touched() {
            assert!(std::time::Instant::now() < deadline, "no event in 5 s");
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
    }
}
