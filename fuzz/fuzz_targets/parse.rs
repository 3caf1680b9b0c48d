//! The parser on arbitrary bytes: see `multistage::fuzzing::parse`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| multistage::fuzzing::parse(bytes));
