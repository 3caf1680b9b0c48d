//! `multistage`: an interactive terminal tutorial on Docker multi-stage
//! builds, and the stage checker behind it. The library holds everything;
//! the `multistage` binary only calls [`cli::run`].
//!
//! Data flows one way: Dockerfile text → [`dockerfile`] (BuildKit's syntax
//! tree) → views and commands. See `ARCHITECTURE.md` for the map.

pub mod ansi;
pub mod cli;
pub mod content;
pub mod dockerfile;
pub mod exercise;
pub mod explain;
#[doc(hidden)]
pub mod fuzzing;
pub mod graph;
pub mod i18n;
pub mod image_ref;
pub mod input;
pub mod lint;
pub mod markdown;
pub mod pack;
pub mod progress;
pub mod safe_text;
pub mod shell;
pub mod simulate;
pub mod theme;
pub mod tui;
mod unicode_tables;
pub mod workspace;
