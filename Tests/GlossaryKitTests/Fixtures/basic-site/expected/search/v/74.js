__glossarySearchShard("v/74",{"names":["title"],"text":["talk","tax","the","this","through","to"]});
