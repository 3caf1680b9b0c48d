//! Waiting for the next thing the tutorial must react to: a key or mouse
//! event, a resize, a change to the watched folder, a termination signal —
//! or the terminal going away. crossterm alone is not enough for the last
//! one: on a terminal that hung up it reads end-of-input forever inside its
//! own loop (and never returns to notice SIGTERM either). So on Unix the
//! tutorial first waits with its own `poll(2)` on the terminal, on a
//! self-pipe the signals write to and on the folder watch's socket, and
//! only asks crossterm to decode events once input is really there.
//! Elsewhere (Windows) it waits in crossterm, a tenth of a second at a
//! time, and looks at the folder watch between waits.

use std::io;
use std::time::{Duration, Instant};

use ratatui::crossterm::event::{self, Event};

use super::watch::FolderWatch;

/// What woke the tutorial.
pub enum Wake {
    /// Events decoded by crossterm (keys, mouse, resize), possibly none.
    Events(Vec<Event>),
    /// The watched folder changed.
    FolderChanged,
    /// The time asked for passed with nothing else happening.
    TimedOut,
    /// SIGINT, SIGTERM or SIGHUP (its number): save and leave.
    #[cfg_attr(not(unix), allow(dead_code))]
    Terminate(i32),
    /// The terminal closed: nobody is left to draw for.
    #[cfg_attr(not(unix), allow(dead_code))]
    HungUp,
}

/// The terminal's input (standard input: the tutorial starts only on a
/// terminal) and the signals, watched together.
#[cfg(unix)]
pub struct Input {
    /// Read end of the pipe the signal handlers write a byte to.
    signals: std::os::unix::net::UnixStream,
    /// The last terminating signal received, 0 before any.
    terminate: std::sync::Arc<std::sync::atomic::AtomicUsize>,
}

#[cfg(unix)]
impl Input {
    /// Registers the signal handlers. Call before entering raw mode.
    pub fn new() -> io::Result<Input> {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM, SIGWINCH};
        use std::sync::Arc;
        use std::sync::atomic::AtomicUsize;
        let (signals, wake_up) = std::os::unix::net::UnixStream::pair()?;
        signals.set_nonblocking(true)?;
        let terminate = Arc::new(AtomicUsize::new(0));
        for signal in [SIGINT, SIGTERM, SIGHUP] {
            // Signal numbers are small and positive.
            let number = usize::try_from(signal).unwrap_or(0);
            signal_hook::flag::register_usize(signal, Arc::clone(&terminate), number)?;
        }
        for signal in [SIGINT, SIGTERM, SIGHUP, SIGWINCH] {
            signal_hook::low_level::pipe::register(signal, wake_up.try_clone()?)?;
        }
        // crossterm installs its own SIGWINCH handler, which turns a resize
        // into an event, on its first poll: do it now, or a resize before
        // the first key would be lost.
        event::poll(Duration::ZERO)?;
        Ok(Input { signals, terminate })
    }

    /// The terminating signal received, if any.
    fn terminated(&self) -> Option<i32> {
        match self.terminate.load(std::sync::atomic::Ordering::Relaxed) {
            0 => None,
            signal => i32::try_from(signal).ok(),
        }
    }

    /// Blocks until there is something to do, or `deadline`; an idle
    /// tutorial sleeps.
    pub fn wait(
        &mut self,
        deadline: Option<Instant>,
        watch: Option<&FolderWatch>,
    ) -> io::Result<Wake> {
        use std::io::Read;
        use std::os::fd::AsRawFd;
        if let Some(signal) = self.terminated() {
            return Ok(Wake::Terminate(signal));
        }
        let mut fds = [
            libc::pollfd {
                fd: libc::STDIN_FILENO,
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                fd: self.signals.as_raw_fd(),
                events: libc::POLLIN,
                revents: 0,
            },
            libc::pollfd {
                // poll ignores negative descriptors.
                fd: watch.map_or(-1, FolderWatch::fd),
                events: libc::POLLIN,
                revents: 0,
            },
        ];
        let timeout = deadline.map_or(-1, |deadline| {
            let left = deadline.saturating_duration_since(Instant::now());
            // Round up: waking a millisecond early would spin.
            i32::try_from(left.as_micros().div_ceil(1000)).unwrap_or(i32::MAX)
        });
        // SAFETY: three valid pollfd entries; poll only writes `revents`.
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), 3, timeout) };
        if ready < 0 {
            let error = io::Error::last_os_error();
            return if error.kind() == io::ErrorKind::Interrupted {
                Ok(Wake::Events(Vec::new()))
            } else {
                Err(error)
            };
        }
        if fds[1].revents != 0 {
            let mut drained = [0u8; 64];
            while matches!(self.signals.read(&mut drained), Ok(n) if n > 0) {}
            if let Some(signal) = self.terminated() {
                return Ok(Wake::Terminate(signal));
            }
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Ok(Wake::HungUp);
        }
        if fds[2].revents != 0 && fds[0].revents == 0 {
            return Ok(Wake::FolderChanged);
        }
        if ready == 0 {
            return Ok(Wake::TimedOut);
        }
        // Keys are waiting, or a resize is pending in crossterm's own queue.
        let mut events = Vec::new();
        while event::poll(Duration::ZERO)? {
            events.push(event::read()?);
        }
        if events.is_empty() && fds[0].revents & libc::POLLIN != 0 {
            // crossterm reads 1024 bytes per readiness edge (mio is
            // edge-triggered): past that, a paste from a terminal without
            // bracketed paste stays in the terminal until the next key, and
            // this loop would spin. Read the rest here.
            events = leftover_keys(&read_pending_input());
        }
        Ok(Wake::Events(events))
    }
}

/// Without `poll(2)`: crossterm waits, a tenth of a second at a time, so
/// that a change to the watched folder is seen soon after it happens.
#[cfg(not(unix))]
pub struct Input;

#[cfg(not(unix))]
impl Input {
    pub fn new() -> io::Result<Input> {
        Ok(Input)
    }

    /// Blocks until there is something to do, or `deadline`.
    pub fn wait(
        &mut self,
        deadline: Option<Instant>,
        watch: Option<&FolderWatch>,
    ) -> io::Result<Wake> {
        const TICK: Duration = Duration::from_millis(100);
        loop {
            let left = deadline.map(|deadline| deadline.saturating_duration_since(Instant::now()));
            if event::poll(left.map_or(TICK, |left| left.min(TICK)))? {
                let mut events = vec![event::read()?];
                while event::poll(Duration::ZERO)? {
                    events.push(event::read()?);
                }
                return Ok(Wake::Events(events));
            }
            if watch.is_some_and(FolderWatch::changed) {
                return Ok(Wake::FolderChanged);
            }
            if left.is_some_and(|left| left <= TICK) {
                return Ok(Wake::TimedOut);
            }
        }
    }
}

/// What standard input holds right now, without blocking.
#[cfg(unix)]
fn read_pending_input() -> Vec<u8> {
    let mut bytes = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let mut ready = libc::pollfd {
            fd: libc::STDIN_FILENO,
            events: libc::POLLIN,
            revents: 0,
        };
        // SAFETY: one valid pollfd; a zero timeout never blocks.
        if unsafe { libc::poll(&mut ready, 1, 0) } <= 0 || ready.revents & libc::POLLIN == 0 {
            return bytes;
        }
        // SAFETY: a buffer of `chunk.len()` bytes; poll said there is data,
        // so the read returns at once.
        let read =
            unsafe { libc::read(libc::STDIN_FILENO, chunk.as_mut_ptr().cast(), chunk.len()) };
        match usize::try_from(read) {
            Ok(0) | Err(_) => return bytes,
            Ok(read) => bytes.extend_from_slice(&chunk[..read]),
        }
    }
}

/// Plain typed text as key events, as crossterm would decode it: what is
/// left over is a paste, so escape sequences are not expected (an `Esc`
/// stays an `Esc`, the rest is read as text).
#[cfg(unix)]
fn leftover_keys(bytes: &[u8]) -> Vec<Event> {
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
    String::from_utf8_lossy(bytes)
        .chars()
        .map(|ch| {
            let (code, modifiers) = match ch {
                '\r' | '\n' => (KeyCode::Enter, KeyModifiers::NONE),
                '\t' => (KeyCode::Tab, KeyModifiers::NONE),
                '\x7f' | '\x08' => (KeyCode::Backspace, KeyModifiers::NONE),
                '\x1b' => (KeyCode::Esc, KeyModifiers::NONE),
                control if u32::from(control) < 0x20 => {
                    let letter = char::from_u32(u32::from(control) + 0x60).unwrap_or(' ');
                    (KeyCode::Char(letter), KeyModifiers::CONTROL)
                }
                ch => (KeyCode::Char(ch), KeyModifiers::NONE),
            };
            Event::Key(KeyEvent::new(code, modifiers))
        })
        .collect()
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;
    use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

    #[test]
    fn leftover_text_reads_as_keys() {
        let keys = leftover_keys("é\r\tx\x01".as_bytes());
        let key = |code, modifiers| Event::Key(KeyEvent::new(code, modifiers));
        assert_eq!(
            keys,
            vec![
                key(KeyCode::Char('é'), KeyModifiers::NONE),
                key(KeyCode::Enter, KeyModifiers::NONE),
                key(KeyCode::Tab, KeyModifiers::NONE),
                key(KeyCode::Char('x'), KeyModifiers::NONE),
                key(KeyCode::Char('a'), KeyModifiers::CONTROL),
            ]
        );
    }
}
