__glossarySearchShard("x/62-6f",[["body",[4]],["bold",[4]]]);
