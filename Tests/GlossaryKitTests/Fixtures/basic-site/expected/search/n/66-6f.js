__glossarySearchShard("n/66-6f",[["form",[0,3]]]);
