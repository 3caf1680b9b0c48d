//! Watching the exercise's folder for changes made by other programs (the
//! learner's own editor, `git checkout`…). The folder is watched, not the
//! file: editors that save by writing a new file and renaming it over the
//! old one replace the file, and a watch on the old one would go silent.
//! On Linux this is inotify, whose descriptor joins the run loop's
//! `poll(2)`; elsewhere (or when inotify refuses, as on some network
//! disks) there is no watch and the learner regrades with a key.

use std::io;
use std::path::Path;

#[cfg(target_os = "linux")]
mod imp {
    use std::ffi::{CString, OsString};
    use std::io;
    use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
    use std::os::unix::ffi::{OsStrExt, OsStringExt};
    use std::path::Path;

    pub struct FolderWatch {
        fd: OwnedFd,
        file_name: OsString,
    }

    impl FolderWatch {
        pub fn new(file: &Path) -> io::Result<FolderWatch> {
            let folder = file
                .parent()
                .filter(|parent| !parent.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let file_name = file
                .file_name()
                .ok_or_else(|| io::Error::other("no file name"))?
                .to_os_string();
            // SAFETY: no pointer arguments; the result is checked.
            let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
            if raw < 0 {
                return Err(io::Error::last_os_error());
            }
            // SAFETY: `raw` is a new descriptor that nothing else owns.
            let fd = unsafe { OwnedFd::from_raw_fd(raw) };
            let path = CString::new(folder.as_os_str().as_bytes())?;
            let mask = libc::IN_CLOSE_WRITE
                | libc::IN_MOVED_TO
                | libc::IN_CREATE
                | libc::IN_MODIFY
                | libc::IN_DELETE;
            // SAFETY: a valid descriptor and a NUL-terminated path.
            if unsafe { libc::inotify_add_watch(fd.as_raw_fd(), path.as_ptr(), mask) } < 0 {
                return Err(io::Error::last_os_error());
            }
            Ok(FolderWatch { fd, file_name })
        }

        pub fn fd(&self) -> RawFd {
            self.fd.as_raw_fd()
        }

        /// Reads the pending events; true when one concerns the file.
        pub fn file_touched(&self) -> bool {
            let mut touched = false;
            let mut buffer = [0u8; 4096];
            loop {
                // SAFETY: the buffer is valid for its length.
                let read = unsafe {
                    libc::read(
                        self.fd.as_raw_fd(),
                        buffer.as_mut_ptr().cast(),
                        buffer.len(),
                    )
                };
                let Ok(read) = usize::try_from(read) else {
                    return touched;
                };
                if read == 0 {
                    return touched;
                }
                let header = std::mem::size_of::<libc::inotify_event>();
                let mut offset = 0;
                while offset + header <= read {
                    // SAFETY: the kernel wrote a whole event header here;
                    // read_unaligned copes with the byte buffer's alignment.
                    let event: libc::inotify_event =
                        unsafe { std::ptr::read_unaligned(buffer[offset..].as_ptr().cast()) };
                    let name_start = offset + header;
                    let name_end = (name_start + event.len as usize).min(read);
                    let name: Vec<u8> = buffer[name_start..name_end]
                        .iter()
                        .copied()
                        .take_while(|&b| b != 0)
                        .collect();
                    if OsString::from_vec(name) == self.file_name
                        || event.mask & libc::IN_Q_OVERFLOW != 0
                    {
                        touched = true;
                    }
                    offset = name_end;
                }
            }
        }
    }
}

#[cfg(not(target_os = "linux"))]
mod imp {
    use std::io;
    use std::os::fd::RawFd;
    use std::path::Path;

    pub struct FolderWatch;

    impl FolderWatch {
        pub fn new(_file: &Path) -> io::Result<FolderWatch> {
            Err(io::Error::new(
                io::ErrorKind::Unsupported,
                "folder watching needs inotify",
            ))
        }

        pub fn fd(&self) -> RawFd {
            -1
        }

        pub fn file_touched(&self) -> bool {
            false
        }
    }
}

pub use imp::FolderWatch;

/// A watch on the folder of `file`, if the system gives one.
pub fn watch(file: &Path) -> io::Result<FolderWatch> {
    FolderWatch::new(file)
}
