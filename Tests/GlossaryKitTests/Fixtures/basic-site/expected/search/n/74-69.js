__glossarySearchShard("n/74-69",[["title",[4,6]]]);
