__glossarySearchShard("v/6e",{"names":[],"text":["not"]});
