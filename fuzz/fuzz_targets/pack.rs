//! The pack loader's parsers on arbitrary files: see `multistage::fuzzing::pack`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| multistage::fuzzing::pack(bytes));
