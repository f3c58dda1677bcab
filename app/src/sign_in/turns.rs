//! Turns to run Argon2: each run takes 19 MiB of memory, so only a few run at once and the
//! rest wait a bounded time (security review F6).

/// A turn to run Argon2. Each run takes 19 MiB of memory, so only a few run at once (twice
/// the cores) and the rest wait, at most `TURN_WAIT_SECONDS`: a burst of sign-ins cannot use up the
/// server's memory, and nobody waits for ever.
pub type Turn = tokio::sync::OwnedSemaphorePermit;

/// The longest wait for a turn, in seconds, before the sign-in is answered "wait a moment".
pub const TURN_WAIT_SECONDS: u64 = 5;

fn turns() -> std::sync::Arc<tokio::sync::Semaphore> {
    static TURNS: std::sync::OnceLock<std::sync::Arc<tokio::sync::Semaphore>> =
        std::sync::OnceLock::new();
    TURNS
        .get_or_init(|| {
            let cores = std::thread::available_parallelism().map_or(2, |n| n.get());
            std::sync::Arc::new(tokio::sync::Semaphore::new(2 * cores))
        })
        .clone()
}

/// Waits for a turn, at most `TURN_WAIT_SECONDS`; `None` when none came (the server is busy).
pub async fn argon2_turn() -> Option<Turn> {
    turn_within(&turns(), std::time::Duration::from_secs(TURN_WAIT_SECONDS)).await
}

async fn turn_within(
    turns: &std::sync::Arc<tokio::sync::Semaphore>,
    wait: std::time::Duration,
) -> Option<Turn> {
    match tokio::time::timeout(wait, turns.clone().acquire_owned()).await {
        Ok(Ok(turn)) => Some(turn),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn a_sign_in_waits_for_a_turn_only_so_long() {
        let turns = std::sync::Arc::new(tokio::sync::Semaphore::new(1));
        let wait = std::time::Duration::from_secs(TURN_WAIT_SECONDS);
        let held = turn_within(&turns, wait).await.expect("first turn");
        let started = std::time::Instant::now();
        let busy = turn_within(&turns, std::time::Duration::from_millis(50)).await;
        assert!(busy.is_none());
        assert!(started.elapsed() < std::time::Duration::from_secs(1));
        drop(held);
        assert!(turn_within(&turns, wait).await.is_some(), "free again");
    }
}
