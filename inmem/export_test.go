package inmem

// SetCompactHook calls f after each step of every compaction.
func SetCompactHook(f func(step int)) { compactHook = f }
