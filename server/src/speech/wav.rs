//! WAV headers: espeak-ng writes streaming sizes when its output is a pipe; browsers want the
//! real sizes to know how long the audio is.

/// Whether bytes look like a RIFF WAVE file with at least a header.
pub(super) fn is_wav(bytes: &[u8]) -> bool {
    bytes.len() > 44 && bytes.starts_with(b"RIFF") && bytes.get(8..12) == Some(b"WAVE")
}

/// espeak-ng writes to a pipe, so it cannot know the length in advance and puts the largest
/// possible sizes in the WAV header. Some browsers (Safari) then refuse to play or seek, so
/// the RIFF size and the `data` chunk size are set to the real ones.
pub(super) fn fix_wav_sizes(wav: &mut [u8]) {
    let total = wav.len();
    set_u32(wav, 4, total.saturating_sub(8));
    // Chunks start after "RIFF", its size and "WAVE"; each is an id, a size and its bytes.
    let mut at = 12;
    while let (Some(id), Some(size)) = (wav.get(at..at + 4), read_u32(wav, at + 4)) {
        let body = at + 8;
        if id == b"data" {
            set_u32(wav, at + 4, total.saturating_sub(body));
            return;
        }
        // Chunks are padded to an even length.
        at = body.saturating_add(size).saturating_add(size % 2);
    }
}

fn read_u32(bytes: &[u8], at: usize) -> Option<usize> {
    let raw: [u8; 4] = bytes.get(at..at + 4)?.try_into().ok()?;
    usize::try_from(u32::from_le_bytes(raw)).ok()
}

fn set_u32(bytes: &mut [u8], at: usize, value: usize) {
    let value = u32::try_from(value).unwrap_or(u32::MAX);
    if let Some(slot) = bytes.get_mut(at..at + 4) {
        slot.copy_from_slice(&value.to_le_bytes());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn header(data_size: u32) -> Vec<u8> {
        let mut wav = Vec::new();
        wav.extend_from_slice(b"RIFF");
        wav.extend_from_slice(&0x7fff_f024_u32.to_le_bytes());
        wav.extend_from_slice(b"WAVEfmt ");
        wav.extend_from_slice(&16_u32.to_le_bytes());
        wav.extend_from_slice(&[0; 16]);
        wav.extend_from_slice(b"data");
        wav.extend_from_slice(&data_size.to_le_bytes());
        wav
    }

    #[test]
    fn streaming_sizes_are_replaced_by_real_ones() {
        let mut wav = header(0x7fff_f000);
        wav.extend_from_slice(&[1; 100]);
        fix_wav_sizes(&mut wav);
        assert_eq!(read_u32(&wav, 4), Some(wav.len() - 8));
        assert_eq!(read_u32(&wav, 40), Some(100));
    }

    #[test]
    fn a_short_or_strange_file_does_not_panic() {
        let mut wav = b"RIFF".to_vec();
        fix_wav_sizes(&mut wav);
        let mut wav = header(5);
        wav.truncate(38);
        fix_wav_sizes(&mut wav);
        assert!(!is_wav(b"RIFF"));
    }
}
